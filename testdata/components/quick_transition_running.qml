import QtQuick

// A Transition's running: true when a state change starts its animations,
// false once the last of them ends (not at the state change back, which no
// transition matches).
Item {
    id: root
    Rectangle { id: r; width: 10; height: 10; opacity: 1 }
    states: State { name: "big"; PropertyChanges { target: r; width: 100; opacity: 0.5 } }
    transitions: Transition {
        id: tr
        from: ""; to: "big"
        SequentialAnimation {
            NumberAnimation { property: "width"; duration: 40 }
            ScriptAction { script: console.log("script action", r.width, tr.running) }
            NumberAnimation { property: "opacity"; duration: 0 }
        }
        onRunningChanged: console.log("transition running", running, r.width, r.opacity)
    }
    Timer { interval: 300; running: true; onTriggered: { console.log("end", root.state, r.width, r.opacity, tr.running); root.state = ""; console.log("back", r.width, r.opacity, tr.running); Qt.exit(0) } }
    Component.onCompleted: { state = "big"; console.log("after set", r.width, r.opacity, tr.running) }
}
