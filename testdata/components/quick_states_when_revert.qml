import QtQuick

// Several States with `when`: the first that holds wins; a state entered
// explicitly is left for the base state when its own `when` is false and
// any condition is re-evaluated (Qt's updateAutoState).
Item {
    id: root
    property int temp: 20
    property bool alarm: false
    property string label: "normal"
    Rectangle { id: lamp; width: 10; height: 10; color: "green" }
    states: [
        State { name: "alarm"; when: root.alarm; PropertyChanges { target: lamp; color: "red" } PropertyChanges { target: root; label: "ALARM " + root.temp } },
        State { name: "hot"; when: root.temp > 30; PropertyChanges { target: lamp; color: "orange"; width: root.temp } },
        State { name: "cold"; when: root.temp < 10; PropertyChanges { target: lamp; color: "blue" } }
    ]
    onStateChanged: console.log("state", JSON.stringify(state), lamp.color, lamp.width, label)
    Component.onCompleted: {
        console.log("start", JSON.stringify(state))
        temp = 35; console.log("35:", state, lamp.color, lamp.width)
        temp = 40; console.log("40:", state, lamp.width)
        alarm = true; console.log("alarm:", state, lamp.color, label)
        temp = 5; console.log("5:", state, label)
        alarm = false; console.log("no alarm:", state, lamp.color)
        state = "hot"; console.log("explicit hot:", state, lamp.color, lamp.width)
        temp = 15; console.log("15:", state, lamp.color)
        temp = 50; console.log("50:", state, lamp.width)
        temp = 20; console.log("20:", JSON.stringify(state), lamp.color, lamp.width)
        Qt.exit(0)
    }
}
