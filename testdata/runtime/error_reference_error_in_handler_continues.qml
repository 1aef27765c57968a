import QtQml

QtObject {
    signal s
    onS: {
        console.log("before")
        undefinedFunction()
        console.log("not reached")
    }
    Component.onCompleted: {
        s()
        console.log("after emit")
    }
    property Timer t: Timer {
        interval: 1
        running: true
        onTriggered: {
            console.log("timer still fires")
            Qt.quit()
        }
    }
}
