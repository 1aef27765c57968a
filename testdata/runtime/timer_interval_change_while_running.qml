import QtQml

QtObject {
    property Timer t: Timer {
        id: t
        interval: 1000
        running: true
        onIntervalChanged: console.log("intervalChanged", interval)
        onTriggered: {
            console.log("triggered, interval", interval)
            Qt.quit()
        }
    }
    Component.onCompleted: {
        t.interval = 5
        console.log("running", t.running)
    }
}
