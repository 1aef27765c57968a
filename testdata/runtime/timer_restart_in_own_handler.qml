import QtQml

QtObject {
    property int ticks: 0
    property Timer t: Timer {
        id: t
        interval: 2
        running: true
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: {
            ticks++
            console.log("tick", ticks, "running", running)
            if (ticks < 3)
                t.start()
            else
                Qt.quit()
        }
    }
}
