import QtQuick
Item {
    Loader { id: ld; sourceComponent: Item { Component.onDestruction: console.log("item gone") } }
    Component.onCompleted: {
        try { ld.item.destroy() } catch (e) { console.log("caught", e) }
        console.log("still", ld.item !== null, ld.status)
        ld.item.destroy()
        console.log("not reached")
    }
    Timer { running: true; interval: 1; onTriggered: { console.log("timer", ld.item !== null); Qt.quit() } }
}
