import QtQuick
// Transition: a state change whose properties a Transition's animation
// takes keeps their old values and animates them; other properties change
// at once; a property both states set to the same value does not change;
// reversible transitions run back; the animations emit no signals;
// PropertyChanges values apply last declared first. (Only end values are printed: the
// intermediate ones depend on timer ticks.)
Item {
    id: root
    width: 100; height: 50
    Rectangle { id: a; x: 5; width: 20; height: 10
        onXChanged: if (root.step == 0) console.log("a.x", x)
        onWidthChanged: if (width == 20 || width == 80 || width == 40) console.log("a.width", width)
        onColorChanged: if (root.step == 0) console.log("a.color", color)
        states: [
            State { name: "moved"; PropertyChanges { target: a; x: 50; color: "green"; opacity: 0.5 } },
            State { name: "big"; PropertyChanges { target: a; x: 50; width: 80; color: "green" } },
            State { name: "wide"; PropertyChanges { target: a; width: 40 } }
        ]
        transitions: [
            Transition { from: "*"; to: "big"; NumberAnimation { properties: "width"; duration: 40
                onRunningChanged: console.log("never: a Transition's animation emits nothing") } },
            Transition { from: ""; to: "wide"; reversible: true; NumberAnimation { target: a; property: "width"; duration: 30 } }
        ]
        onOpacityChanged: if (root.step == 0) console.log("a.opacity", opacity)
        onStateChanged: console.log("state", state)
    }
    property int step: 0
    Timer { interval: 150; repeat: true; running: true
        onTriggered: {
            root.step++
            console.log("step", root.step, a.x, a.width, a.color, a.state)
            if (root.step == 1) { a.state = ""; console.log("now", a.x, a.width) }
            else if (root.step == 2) { a.state = "wide"; console.log("now", a.width) }
            else if (root.step == 3) { a.state = ""; console.log("now", a.width) }
            else { Qt.quit() }
        }
    }
    Component.onCompleted: {
        a.state = "moved"
        console.log(a.x, a.color)
        a.state = "big"
        console.log("now", a.x, a.width, a.color)
    }
}
