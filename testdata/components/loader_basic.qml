import QtQuick
Item {
    id: root
    Component { id: compA; QtObject { property string name: "A"; Component.onCompleted: console.log("A completed"); Component.onDestruction: console.log("A destroyed") } }
    Component { id: compB; Item { property string name: "B"; width: 10; height: 20; Component.onCompleted: console.log("B completed", parent === ld) ; Component.onDestruction: console.log("B destroyed") } }
    Loader {
        id: ld
        sourceComponent: compA
        onLoaded: console.log("loaded", item.name, status)
        onStatusChanged: console.log("status", status)
        onItemChanged: console.log("itemChanged", item ? item.name : item)
        onSourceComponentChanged: console.log("sourceComponentChanged")
        onActiveChanged: console.log("activeChanged", active)
        Component.onCompleted: console.log("loader completed", status, item ? item.name : item)
    }
    Component.onCompleted: {
        console.log("root completed", ld.status, ld.item.name, Loader.Null, Loader.Ready, Loader.Loading, Loader.Error, ld.progress)
        ld.sourceComponent = compB
        console.log("after B", ld.item.name, ld.width, ld.height, ld.item.parent === ld, ld.children.length)
        ld.active = false
        console.log("after inactive", ld.item, ld.status)
        ld.active = true
        console.log("after active", ld.item.name)
        ld.source = "LoaderPane.qml"
        console.log("after source", ld.item.label, ld.source.toString().indexOf("LoaderPane.qml") > 0, ld.sourceComponent)
        ld.setSource("LoaderPane.qml", {label: "custom"})
        console.log("after setSource", ld.item.label)
        ld.source = "LoaderMissing.qml"
        console.log("after missing", ld.item, ld.status)
        ld.sourceComponent = undefined
        console.log("after undefined", ld.item, ld.status)
        Qt.quit()
    }
}
