import QtQuick
// Positioners emit positioningComplete after laying out (inner before outer,
// empty ones too), before the Component.onCompleted handlers.
Item {
    Column { id: outer
        onPositioningComplete: console.log("outer positioned", height)
        Component.onCompleted: console.log("outer completed")
        Row { id: inner; spacing: 2; padding: 3; onPositioningComplete: console.log("inner positioned", width, height)
            Component.onCompleted: console.log("inner completed")
            Rectangle { width: 10; height: 10 } Rectangle { width: 20; height: 15; visible: false } Rectangle { width: 10; height: 10 } }
        Rectangle { width: 5; height: 5 }
    }
    Grid { onPositioningComplete: console.log("empty grid positioned") }
    Flow { width: 30; onPositioningComplete: console.log("flow positioned", height)
        Repeater { model: ["a", "b", "c"]; Rectangle { width: 12; height: 6 } } }
    Component.onCompleted: console.log("root completed")
    Timer { interval: 50; running: true; onTriggered: { console.log("tick", outer.height); Qt.quit() } }
}
