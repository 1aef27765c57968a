import QtQuick
Item {
    id: root
    property real v: 0
    NumberAnimation { id: a; target: root; property: "v"; to: 10; duration: 30
        onStarted: console.log("started"); onStopped: console.log("stopped"); onFinished: { console.log("finished", root.v); if (!root.done) { root.done = true; a.running = true; a.restart(); } else Qt.quit() }
        onRunningChanged: console.log("runningChanged", running); onPausedChanged: console.log("pausedChanged", paused) }
    property bool done: false
    Component.onCompleted: { a.running = true; console.log("set", a.running); a.paused = true; a.paused = false; a.pause(); a.pause(); a.resume() }
}
