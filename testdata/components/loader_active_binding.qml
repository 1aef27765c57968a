import QtQuick
Item {
    id: root
    property bool on: false
    Loader {
        id: ld
        active: root.on
        sourceComponent: Item { property string name: "x"; Component.onCompleted: console.log("made"); Component.onDestruction: console.log("gone") }
        onActiveChanged: console.log("activeChanged", active)
        onStatusChanged: console.log("status", status)
        onItemChanged: console.log("itemChanged", item ? item.name : item)
    }
    Component.onCompleted: {
        console.log("start", ld.item, ld.status)
        root.on = true
        console.log("on", ld.item.name, ld.status)
        root.on = false
        console.log("off", ld.item, ld.status)
        ld.active = true
        root.on = false
        console.log("broken binding", ld.active, ld.item.name)
        Qt.quit()
    }
}
