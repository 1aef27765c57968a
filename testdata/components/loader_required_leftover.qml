import QtQuick
// An item whose required property was left unset stays among the Loader's
// children after later loads and after the Loader is cleared, as in Qt 6.4.
Item {
    Loader { id: req }
    Timer { id: t; interval: 10; onTriggered: { console.log("later", req.children.length, req.item.title); req.source = ""; console.log("cleared", req.children.length); t2.start() } }
    Timer { id: t2; interval: 10; onTriggered: { console.log("after clear", req.children.length); Qt.exit(0) } }
    Component.onCompleted: {
        req.source = "LoaderNeeds.qml"
        console.log("no title", req.status, req.children.length)
        req.setSource("LoaderNeeds.qml", { title: "given" })
        console.log("with title", req.status, req.children.length, req.children[0].title, req.children[1].title)
        Qt.callLater(function() { console.log("callLater", req.children.length) })
        t.start()
    }
}
