import QtQml

QtObject {
    property int ticks: 0
    property Timer t: Timer {
        interval: 2
        repeat: true
        running: true
        onTriggered: {
            ticks++
            if (ticks === 3) {
                Qt.quit()
                running = false
            }
            throw new RangeError("tick " + ticks)
        }
    }
}
