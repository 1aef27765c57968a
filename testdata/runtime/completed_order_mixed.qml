import QtQml

DefaultListHolder {
    id: root
    Component.onCompleted: console.log("root completed")
    property QtObject p1: QtObject { Component.onCompleted: console.log("p1 completed") }
    QtObject { Component.onCompleted: console.log("default child A completed") }
    property QtObject p2: QtObject { Component.onCompleted: console.log("p2 completed") }
    QtObject { Component.onCompleted: console.log("default child B completed") }
    property Timer t: Timer { interval: 1; running: true; onTriggered: Qt.quit() }
}
