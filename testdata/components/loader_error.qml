import QtQuick
Item {
    Loader {
        id: ld
        onStatusChanged: console.log("status", status)
        onItemChanged: console.log("itemChanged", item)
        onSourceChanged: console.log("sourceChanged", source)
        onLoaded: console.log("loaded")
        onProgressChanged: console.log("progress", progress)
    }
    Component.onCompleted: {
        console.log("initial", ld.status, ld.progress, ld.source, ld.item)
        ld.source = "LoaderBroken.qml"
        console.log("broken", ld.status, ld.item, ld.source, ld.progress)
        ld.source = "LoaderMissing.qml"
        console.log("missing", ld.status, ld.item, ld.source, ld.progress)
        ld.source = ""
        console.log("empty", ld.status, ld.item, ld.source)
        Qt.quit()
    }
}
