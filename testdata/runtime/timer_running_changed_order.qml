import QtQml

QtObject {
    property Timer t: Timer {
        id: t
        interval: 5
        onRunningChanged: console.log("runningChanged", running)
        onTriggered: console.log("onTriggered, running =", running)
    }
    property Timer end: Timer {
        interval: 40
        running: true
        onTriggered: Qt.quit()
    }
    Component.onCompleted: {
        console.log("start()")
        t.start()
        console.log("after start()", t.running)
    }
}
