import QtQuick

Item {
    id: root
    width: 10
    property string label: "base"
    states: [
        State { name: "big"; PropertyChanges { target: root; width: 100; label: "big" } },
        State { name: "small"; PropertyChanges { target: root; width: 1 } }
    ]
    onStateChanged: console.log("stateChanged", JSON.stringify(state))
    Component.onCompleted: {
        console.log(JSON.stringify(state), width, label)
        state = "big"
        console.log(state, width, label)
        state = "small"
        console.log(state, width, label)
        state = ""
        console.log(JSON.stringify(state), width, label)
        state = "nosuch"
        console.log(state, width)
        Qt.quit()
    }
}
