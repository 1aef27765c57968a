import QtQuick
Item {
    id: root
    width: 50; height: 40
    Component { id: comp; Rectangle { objectName: "loaded"; width: 20; height: 10; color: "green" } }
    Loader { id: ld; sourceComponent: comp; onLoaded: console.log("loaded", item.objectName) }
    Loader { id: fl; anchors.fill: parent; sourceComponent: comp }
    Component.onCompleted: {
        console.log(ld.status, Loader.Ready, ld.item.parent === ld, ld.width, ld.height, ld.item.width, ld.progress, ld.active)
        console.log(fl.width, fl.item.width, fl.item.height)
        ld.active = false
        console.log(ld.item, ld.status)
        ld.active = true
        console.log(ld.item !== null)
        ld.sourceComponent = undefined
        console.log(ld.item, ld.status)
        Qt.quit()
    }
}
