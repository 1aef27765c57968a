import QtQml

QtObject {
    property int fired: 0
    property Timer t: Timer {
        interval: 5
        running: true
        onTriggered: {
            fired++
            console.log("triggered", fired, "running", running)
        }
    }
    property Timer end: Timer {
        interval: 60
        running: true
        onTriggered: {
            console.log("fired total", fired, "t.running", t.running)
            Qt.quit()
        }
    }
}
