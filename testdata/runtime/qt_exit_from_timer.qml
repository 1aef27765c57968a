import QtQml

QtObject {
    property Timer t: Timer {
        interval: 5
        running: true
        onTriggered: {
            console.log("timer exits with 2")
            Qt.exit(2)
        }
    }
}
