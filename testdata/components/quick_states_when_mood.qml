import QtQuick

Item {
    id: root
    property int level: 0
    property string mood: "calm"
    width: 10 + level
    states: [
        State { name: "busy"; when: root.level > 5; PropertyChanges { target: root; mood: "busy"; width: 999 } },
        State { name: "idle"; when: root.level < 0; PropertyChanges { target: root; mood: "idle" } }
    ]
    onStateChanged: console.log("stateChanged", JSON.stringify(state), mood)
    Component.onCompleted: {
        console.log("start", JSON.stringify(state), mood, width)
        level = 3
        console.log("level 3", JSON.stringify(state), mood, width)
        level = 7
        console.log("level 7", state, mood, width)
        level = 8
        console.log("level 8", state, mood, width)
        level = -1
        console.log("level -1", state, mood, width)
        level = 2
        console.log("level 2", JSON.stringify(state), mood, width)
        Qt.quit()
    }
}
