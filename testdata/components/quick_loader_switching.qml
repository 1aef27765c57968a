import QtQuick
Item {
    id: root
    width: 80; height: 40
    Component { id: red; Rectangle { width: 10; height: 12; color: "red"; Component.onCompleted: console.log("red completed", parent === ld) ; Component.onDestruction: console.log("red destroyed") } }
    Component { id: blue; Rectangle { color: "blue"; Component.onDestruction: console.log("blue destroyed") } }
    Loader {
        id: ld
        onStatusChanged: console.log("status", status, item ? item.color : null)
        onLoaded: console.log("loaded", item.width, item.height, width, height)
        onItemChanged: console.log("itemChanged", item)
        onProgressChanged: console.log("progress", progress)
    }
    Component.onCompleted: {
        console.log("initial", ld.status, ld.item, ld.width, ld.progress)
        ld.sourceComponent = red
        console.log("after red", ld.status, ld.width, ld.height, ld.implicitWidth)
        ld.item.width = 30
        console.log("resized item", ld.width)
        ld.width = 50
        console.log("loader width", ld.item.width)
        ld.sourceComponent = blue
        console.log("after blue", ld.item.width, ld.item.height, ld.width)
        ld.active = false
        console.log("inactive", ld.status, ld.item)
        ld.active = true
        console.log("active", ld.status, ld.item.color)
        ld.sourceComponent = undefined
        console.log("undefined", ld.status, ld.item)
        ld.source = "Missing.qml"
        console.log("missing", ld.status, ld.item)
        Qt.exit(0)
    }
}
