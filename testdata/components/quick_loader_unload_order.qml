import QtQuick
Item {
    Component { id: red; Rectangle { Component.onDestruction: console.log("red destroyed") } }
    Loader {
        id: ld
        onStatusChanged: console.log("status", status)
        onItemChanged: console.log("itemChanged", item)
        onProgressChanged: console.log("progress", progress)
        onSourceComponentChanged: console.log("sourceComponentChanged")
    }
    Component.onCompleted: {
        ld.sourceComponent = red
        console.log("-- null")
        ld.sourceComponent = null
        ld.sourceComponent = red
        console.log("-- undefined")
        ld.sourceComponent = undefined
        console.log("-- null again")
        ld.sourceComponent = null
        ld.sourceComponent = red
        console.log("-- source empty")
        ld.source = ""
        Qt.exit(0)
    }
}
