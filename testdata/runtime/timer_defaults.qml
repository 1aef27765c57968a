import QtQml

QtObject {
    property Timer t: Timer {}
    Component.onCompleted: {
        console.log("interval", t.interval)
        console.log("repeat", t.repeat)
        console.log("running", t.running)
        console.log("triggeredOnStart", t.triggeredOnStart)
        console.log(t)
        Qt.quit()
    }
}
