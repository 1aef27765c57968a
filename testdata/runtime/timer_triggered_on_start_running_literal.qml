import QtQml

QtObject {
    property Timer t: Timer {
        interval: 10
        running: true
        triggeredOnStart: true
        Component.onCompleted: console.log("timer completed")
        onTriggered: {
            console.log("triggered", running)
            if (!running)
                Qt.quit()
        }
    }
    Component.onCompleted: console.log("root completed")
}
