import QtQml

QtObject {
    property int ticks: 0
    property Timer t: Timer {
        id: t
        interval: 2
        repeat: true
        running: true
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: {
            ticks++
            console.log("tick", ticks)
            t.stop()
            console.log("after stop, running", running)
        }
    }
    property Timer end: Timer {
        interval: 50
        running: true
        onTriggered: {
            console.log("ticks", ticks)
            Qt.quit()
        }
    }
}
