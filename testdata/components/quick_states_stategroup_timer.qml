import QtQuick
Item {
    id: root
    property int level: 0
    width: 10
    MouseArea { id: ma
        onClicked: (mouse) => console.log("clicked")
        onPressed: (mouse) => console.log("pressed")
        onReleased: console.log("released")
        onPositionChanged: console.log("pos")
        onWheel: console.log("wheel")
        onPressAndHold: console.log("hold")
        onDoubleClicked: console.log("dbl")
        onEntered: console.log("entered")
        onExited: console.log("exited")
        onCanceled: console.log("canceled")
    }
    Rectangle { id: rect; color: "red"; width: 5 }
    states: [
        State { name: "big"; when: root.level > 5
            PropertyChanges { target: rect; width: 50; color: "blue" }
        },
        State { name: "mid"; when: root.level > 2
            PropertyChanges { target: rect; width: 20 }
        }
    ]
    onStateChanged: console.log("state ->", JSON.stringify(state))
    StateGroup { id: sg
        states: State { name: "on"; PropertyChanges { target: root; width: 99 } }
        onStateChanged: console.log("sg state", state)
    }
    Timer { id: tm; interval: 10; repeat: true; property int n: 0
        onTriggered: { n++; root.level = n * 2; console.log("tick", n, root.state, rect.width, rect.color); if (n == 4) { running = false; finish() } }
    }
    function finish() {
        sg.state = "on"
        console.log("sg", root.width, sg.states.length)
        sg.state = ""
        console.log("sg back", root.width)
        root.state = "mid"
        console.log("explicit mid", rect.width, root.state)
        root.state = ""
        console.log("explicit base", rect.width, root.state)
        console.log(root.states.length, root.states[0].name, typeof root.transitions)
        Qt.quit()
    }
    Component.onCompleted: { console.log("start", root.state, rect.width); tm.start() }
}
