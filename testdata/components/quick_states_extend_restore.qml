import QtQuick
Item {
    id: root
    width: 100; height: 50
    property color col: "red"
    property int n: 1
    Rectangle { id: r; width: root.width / 2; height: 10; color: root.col }
    states: [
        State { name: "wide"; PropertyChanges { target: r; width: 300; color: "blue" } },
        State { name: "wider"; extend: "wide"; PropertyChanges { target: r; height: 40 } PropertyChanges { target: root; n: r.width + 1 } },
        State { name: "bind"; PropertyChanges { target: r; width: root.width * 2 } }
    ]
    onStateChanged: console.log("state ->", JSON.stringify(state), r.width, r.height, r.color, n)
    Component.onCompleted: {
        state = "wide"; console.log("A", r.width, r.height, r.color)
        state = "wider"; console.log("B", r.width, r.height, r.color, n)
        root.width = 120; console.log("C", r.width, n)
        state = "bind"; console.log("D", r.width, r.height, r.color, n)
        root.width = 10; console.log("E", r.width)
        state = "nonexistent"; console.log("F", JSON.stringify(state), r.width, r.height)
        state = ""; console.log("G", r.width, r.height, r.color, n)
        root.width = 60; console.log("H", r.width)
        Qt.exit(0)
    }
}
