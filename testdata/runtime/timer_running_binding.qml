import QtQml

QtObject {
    id: root
    property bool active: false
    property Timer t: Timer {
        interval: 2
        running: root.active
        onTriggered: {
            console.log("triggered, running", running)
            Qt.quit()
        }
    }
    Component.onCompleted: {
        console.log("running", t.running)
        active = true
        console.log("running", t.running)
    }
}
