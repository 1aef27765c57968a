import QtQml

QtObject {
    property int ticks: 0
    property Timer t: Timer {
        id: t
        interval: 2
        repeat: true
        running: true
        onRepeatChanged: console.log("repeatChanged", repeat)
        onTriggered: {
            ticks++
            console.log("tick", ticks, "running", running)
            if (ticks === 2)
                repeat = false
        }
    }
    property Timer end: Timer {
        interval: 60
        running: true
        onTriggered: {
            console.log("ticks", ticks)
            Qt.quit()
        }
    }
}
