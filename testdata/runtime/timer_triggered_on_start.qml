import QtQml

QtObject {
    property int count: 0
    property Timer t: Timer {
        interval: 10
        triggeredOnStart: true
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: {
            count++
            console.log("triggered", count, "running", running)
            if (count === 2)
                Qt.quit()
        }
    }
    Component.onCompleted: {
        console.log("before start")
        t.start()
        console.log("after start, count", count)
    }
}
