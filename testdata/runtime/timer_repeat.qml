import QtQml

QtObject {
    property int count: 0
    property Timer t: Timer {
        interval: 2
        repeat: true
        running: true
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: {
            count++
            console.log("tick", count, "running", running)
            if (count === 3) {
                stop()
                console.log("stopped, running", running)
                Qt.quit()
            }
        }
    }
}
