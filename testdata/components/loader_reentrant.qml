import QtQuick
Item {
    Component { id: other; QtObject { property string name: "other"; Component.onCompleted: console.log("other completed") } }
    Loader {
        id: ld
        sourceComponent: QtObject { property string name: "first"; Component.onCompleted: { console.log("first completed"); ld.sourceComponent = other } }
        onLoaded: console.log("loaded", item ? item.name : item)
        onItemChanged: console.log("itemChanged", item ? item.name : item)
    }
    Loader {
        id: ld2
        sourceComponent: QtObject { Component.onCompleted: { console.log("second completed"); ld2.active = false } Component.onDestruction: console.log("second destroyed") }
        onLoaded: console.log("loaded2", item)
        onStatusChanged: console.log("status2", status)
    }
    Component.onCompleted: { console.log("end", ld.item.name, ld2.item, ld2.status); Qt.quit() }
}
