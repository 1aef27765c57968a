import QtQuick
Item {
    id: root
    property real v: 0
    property real w: 5
    property real u: 0
    property color c: "red"
    property int n: 0
    property string s: "a"
    NumberAnimation on w { to: 50; duration: 40; onStarted: console.log("w started", root.w); onFinished: console.log("w finished", root.w, running) }
    NumberAnimation { id: a; target: root; property: "u"; to: 30; duration: 40
        onStarted: console.log("a started", running); onStopped: console.log("a stopped", running, root.u); onFinished: console.log("a finished", running, root.u)
        onRunningChanged: console.log("a runningChanged", running) }
    SequentialAnimation { id: seq; loops: 2
        onStarted: console.log("seq started"); onStopped: console.log("seq stopped"); onFinished: { console.log("seq finished", root.v, root.c, root.n, root.s); par.start() }
        NumberAnimation { id: inner; target: root; property: "v"; from: 1; to: 7; duration: 30; onStarted: console.log("inner started", running); onStopped: console.log("inner stopped"); onFinished: console.log("inner finished") }
        ColorAnimation { target: root; property: "c"; to: "blue"; duration: 20 }
        PropertyAction { target: root; property: "s"; value: "b" }
        ScriptAction { script: { root.n++; console.log("script", root.n, root.v, root.c, root.s) } }
    }
    ParallelAnimation { id: par
        onFinished: { console.log("par finished", root.v, root.w); next() }
        NumberAnimation { target: root; properties: "v,w"; to: 3; duration: 30 }
        PauseAnimation { duration: 60 }
    }
    function next() {
        console.log("durations", a.duration, seq.duration, par.duration, inner.duration)
        a.to = 100; a.duration = 1000; a.start(); a.stop(); console.log("after stop", root.u, a.running)
        a.start(); a.complete(); console.log("after complete", root.u, a.running)
        a.to = 10; a.start(); a.pause(); console.log("paused", a.paused, a.running); a.resume(); console.log("resumed", a.paused); a.complete()
        a.restart(); console.log("restarted", a.running); a.stop()
        console.log("easing", Easing.Linear, Easing.InQuad, Easing.OutQuad, Easing.InOutQuad, Easing.OutInQuad, Easing.InCubic, Easing.OutBounce, Easing.Bezier, Easing.InOutElastic, Easing.SineCurve)
        inner.start()
        Qt.quit()
    }
    Component.onCompleted: { console.log("completed", a.running, a.loops, Animation.Infinite, a.alwaysRunToEnd, a.paused, a.easing.amplitude, a.easing.period, a.easing.overshoot); a.start(); console.log("after a.start"); seq.start(); console.log("after seq.start") }

}
