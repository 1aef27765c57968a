import QtQml

QtObject {
    id: root
    Component.onCompleted: console.log("root completed")
    property QtObject a: QtObject {
        Component.onCompleted: console.log("a completed")
        property QtObject a1: QtObject { Component.onCompleted: console.log("a1 completed") }
        property QtObject a2: QtObject { Component.onCompleted: console.log("a2 completed") }
    }
    property QtObject b: QtObject {
        Component.onCompleted: {
            console.log("b completed")
            Qt.quit()
        }
        property QtObject b1: QtObject { Component.onCompleted: console.log("b1 completed") }
    }
}
