import QtQuick
Item {
    id: root
    property int outer: 3
    Loader {
        id: ld
        property int own: 9
        onStatusChanged: console.log("status", status)
        onItemChanged: console.log("itemChanged", item ? item.seen : item)
        onLoaded: { console.log("loaded", item.seen, status); Qt.callLater(Qt.quit) }
        onProgressChanged: console.log("progress", progress)
        onSourceComponentChanged: console.log("sourceComponentChanged")
    }
    Component.onCompleted: {
        var c = Qt.createComponent("LoaderSeer.qml", Component.Asynchronous)
        console.log("component", c.status)
        ld.sourceComponent = c
        console.log("assigned", ld.status, ld.item, ld.progress)
    }
}
