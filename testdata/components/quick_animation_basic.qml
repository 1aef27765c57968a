import QtQuick
Item {
    id: root
    property real v: 0
    NumberAnimation on v { id: a1; from: 0; to: 100; duration: 100; running: false; onStarted: console.log("started"); onStopped: console.log("stopped", root.v); onFinished: console.log("finished", root.v) }
    SequentialAnimation {
        id: seq
        PropertyAnimation { target: root; property: "v"; to: 10; duration: 50 }
        PauseAnimation { duration: 20 }
        ScriptAction { script: console.log("script action", root.v) }
        NumberAnimation { target: root; property: "v"; to: 20; duration: 30; easing.type: Easing.InOutQuad }
        onFinished: { console.log("seq finished", root.v, seq.running); Qt.quit() }
    }
    Component.onCompleted: { console.log("completed", a1.running, a1.duration, a1.easing.type, Easing.Linear, Easing.InOutQuad); a1.start(); console.log("after start", a1.running, root.v) }
    Connections { target: a1; function onFinished() { Qt.callLater(function() { console.log("next", root.v, a1.running); seq.start() }) } }
}
