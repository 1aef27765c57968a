import QtQml

QtObject {
    id: root
    Component.onDestruction: console.log("root destruction")
    property QtObject a: QtObject {
        Component.onDestruction: console.log("a destruction")
        property QtObject a1: QtObject { Component.onDestruction: console.log("a1 destruction") }
    }
    property QtObject b: QtObject {
        Component.onDestruction: console.log("b destruction")
    }
    Component.onCompleted: {
        console.log("completed, quitting")
        Qt.quit()
    }
}
