import QtQuick
Item {
    Loader {
        id: outer
        sourceComponent: Item {
            property alias inner: innerLoader
            Loader { id: innerLoader; sourceComponent: Rectangle { width: 3; height: 4; Component.onCompleted: console.log("inner rect", parent === innerLoader) } }
            Component.onCompleted: console.log("outer item", innerLoader.status, width, height)
        }
        onLoaded: console.log("outer loaded", item.inner.width, item.width, width)
    }
    Loader {
        id: req
        onStatusChanged: console.log("req status", status)
        onLoaded: console.log("req loaded", item.title)
    }
    Component.onCompleted: {
        req.source = "LoaderNeeds.qml"
        console.log("no title", req.status, req.item, req.children.length)
        req.setSource("LoaderNeeds.qml", { title: "given" })
        console.log("with title", req.status, req.item.title)
        Qt.quit()
    }
}
