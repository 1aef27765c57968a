import QtQml

QtObject {
    property Timer t: Timer {
        id: t
        interval: 20
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: {
            console.log("triggered")
            Qt.quit()
        }
    }
    Component.onCompleted: {
        t.start()
        t.start()
        console.log("stop")
        t.stop()
        t.stop()
        console.log("restart")
        t.restart()
        console.log("restart again")
        t.restart()
        console.log("running", t.running)
    }
}
