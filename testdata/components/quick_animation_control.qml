import QtQuick
Item {
    id: root
    property real v: 0
    property real x2: 0
    property int k: 0
    property bool go: false
    property string log: ""
    NumberAnimation on x2 { running: root.go; from: 10; to: 20; duration: 30; onFinished: console.log("x2 finished", root.x2) }
    NumberAnimation { id: inf; target: root; property: "k"; from: 0; to: 5; duration: 20; loops: Animation.Infinite; alwaysRunToEnd: true
        onStopped: { console.log("inf stopped", root.k, running); seqStart() } }
    SequentialAnimation { id: s0
        ScriptAction { script: console.log("s0 script at start") }
        NumberAnimation { target: root; property: "v"; from: 7; to: 8; duration: 20; easing.type: Easing.OutBounce }
        onFinished: console.log("s0 finished", root.v)
    }
    ParallelAnimation { id: p0; loops: 3
        NumberAnimation { target: root; property: "v"; to: 50; duration: 20 }
        onFinished: { console.log("p0 finished", root.v); Qt.quit() }
    }
    function seqStart() {
        console.log("before s0", root.v); s0.start(); console.log("after s0 start", root.v, s0.running)
        s0.complete(); console.log("after s0 complete", root.v, s0.running)
        s0.start(); s0.stop(); console.log("s0 stopped", root.v)
        root.v = 0
        p0.start()
    }
    Component.onCompleted: {
        console.log("completed", root.x2)
        root.go = true
        console.log("go", root.x2)
        inf.start(); console.log("inf", root.k)
    }
    Timer { interval: 100; running: true; onTriggered: { console.log("stopping inf"); inf.stop(); console.log("stop returned", inf.running) } }
}
