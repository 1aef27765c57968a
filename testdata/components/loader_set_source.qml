import QtQuick
Item {
    id: root
    Loader {
        id: ld
        onLoaded: console.log("loaded", item.label, item.width)
        onSourceChanged: console.log("sourceChanged", source)
        onSourceComponentChanged: console.log("sourceComponentChanged")
        onItemChanged: console.log("itemChanged", item ? item.label : item)
    }
    Component.onCompleted: {
        ld.setSource("LoaderPane.qml", {label: "first", width: 99})
        console.log("first", ld.item.label, ld.item.width, ld.source, ld.width)
        ld.setSource("LoaderPane.qml", {label: "again"})
        console.log("same url", ld.item.label)
        ld.source = "LoaderPane.qml"
        console.log("plain", ld.item.label)
        ld.setSource("LoaderPane.qml")
        console.log("no props", ld.item.label)
        ld.active = false
        ld.setSource("LoaderPane.qml", {label: "inactive"})
        console.log("inactive", ld.item, ld.status)
        ld.active = true
        console.log("reactivated", ld.item.label)
        Qt.quit()
    }
}
