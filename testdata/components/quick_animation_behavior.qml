import QtQuick
Item {
    id: root
    property real px: 0
    property real dep: 1
    property real bound: dep * 10
    property color c: "black"
    property int step: 0
    Behavior on px { NumberAnimation { id: pxa; duration: 100; onStarted: console.log("pxa started", root.px); onFinished: console.log("pxa finished", root.px); onStopped: console.log("pxa stopped") } }
    Behavior on bound { id: bb; SequentialAnimation { NumberAnimation { duration: 30 } ScriptAction { script: console.log("bound script", root.bound, bb.targetValue) } } }
    Behavior on c { id: cb; enabled: root.step < 2; ColorAnimation { duration: 20 } }
    onPxChanged: if (px === 100 || px === 150) console.log("px now", px)
    Component.onCompleted: {
        console.log("completed", px, pxa.running)
        px = 100; console.log("assigned", px, pxa.running, pxa.to, pxa.from)
        dep = 3; console.log("dep", bound)
        c = "white"; console.log("c", c)
    }
    Timer { id: t; interval: 300; running: true; repeat: true; onTriggered: {
        root.step++
        console.log("step", root.step, root.px, root.bound, root.c, pxa.running)
        if (root.step === 1) { root.px = 150; root.c = "red" }
        if (root.step === 2) { root.c = "blue"; console.log("disabled c", root.c); root.px = 210; root.px = 220 }
        if (root.step === 3) Qt.quit()
    } }
}
