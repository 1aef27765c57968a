import QtQml

QtObject {
    property QtObject first: QtObject {
        Component.onCompleted: {
            console.log("first completed")
            throw new TypeError("custom type error")
        }
    }
    property QtObject second: QtObject {
        Component.onCompleted: {
            console.log("second completed")
            throw "a plain string"
        }
    }
    property Timer t: Timer {
        interval: 1
        running: true
        onTriggered: {
            console.log("timer fires")
            Qt.quit()
        }
    }
}
