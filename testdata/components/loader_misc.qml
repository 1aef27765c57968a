import QtQuick
Item {
    id: root
    property int shared: 5
    Component { id: reader; QtObject { property string name: "reader"; property int seen: typeof shared === "number" ? shared : -1 } }
    Loader { id: ld; property int own: 9; sourceComponent: reader }
    Loader { id: async; asynchronous: true; sourceComponent: reader
        onStatusChanged: console.log("async status", status)
        onLoaded: console.log("async loaded") }
    Component.onCompleted: {
        console.log("seen", ld.item.seen)
        console.log("async now", async.status, async.item !== null, async.progress)
        Qt.callLater(function() {
            var bad = Qt.createComponent("LoaderBroken.qml")
            ld.sourceComponent = bad
            console.log("bad component", ld.status, ld.item)
            try { ld.setSource("LoaderPane.qml", 5) } catch (e) { console.log("setSource error", e) }
            console.log("after bad setSource", ld.status, ld.item)
            Qt.quit()
        })
    }
}
