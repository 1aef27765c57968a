import QtQml

QtObject {
    id: root
    property int ticks: 0
    property var log: []
    property Timer rep: Timer {
        interval: 20; repeat: true; running: true; triggeredOnStart: true
        onTriggered: {
            root.ticks++
            console.log("rep tick", root.ticks, running)
            if (root.ticks === 3) { stop(); console.log("stopped", running); once.start() }
        }
        onRunningChanged: console.log("rep running ->", running)
    }
    property Timer once: Timer {
        interval: 10
        onTriggered: {
            console.log("once", running)
            Qt.callLater(root.fin, "a")
            Qt.callLater(root.fin, "b")
            Qt.callLater(root.other)
            Qt.callLater(root.other)
            console.log("after callLater")
        }
    }
    function fin(x) { console.log("fin", x) }
    function other() { console.log("other"); done.restart() }
    property Timer done: Timer { interval: 5; onTriggered: { console.log("done", rep.running, once.running); Qt.quit() } }
    property Timer safety: Timer { interval: 3000; running: true; onTriggered: { console.log("safety"); Qt.quit() } }
    Component.onCompleted: console.log("completed", rep.running)
}
