import QtQuick
Item {
    id: root
    property real v: 0
    property string s: "x"
    NumberAnimation { id: a; target: null; property: "v"; to: 3; duration: 10; onFinished: console.log("a fin") }
    NumberAnimation { id: b; target: root; property: "nosuch"; to: 3; duration: -5; onFinished: console.log("b fin") }
    NumberAnimation { id: c; target: root; property: "v"; to: 3; loops: 0; onStarted: console.log("c started"); onFinished: console.log("c fin", root.v) }
    PropertyAnimation { id: d; target: root; property: "s"; to: "hello"; duration: 600; onFinished: console.log("d fin", root.s) }
    SequentialAnimation { id: e; onFinished: { console.log("e fin", root.v); Qt.quit() }
        NumberAnimation { target: root; property: "v"; to: 9; duration: 10 }
        ScriptAction { script: { var o = Qt.createQmlObject('import QtQuick; NumberAnimation { duration: 1000; loops: Animation.Infinite }', root); o.start(); o.destroy(); console.log("made") } }
        PauseAnimation { duration: 850 }
    }
    Component.onCompleted: { a.start(); b.start(); c.start(); console.log("c running", c.running); d.start(); e.start(); console.log("started all", root.v, root.s) }
}
