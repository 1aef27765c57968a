import QtQml

QtObject {
    property Timer slow: Timer { interval: 40; running: true; onTriggered: { console.log("slow"); Qt.quit() } }
    property Timer fast: Timer { interval: 1; running: true; onTriggered: console.log("fast") }
    property Timer medium: Timer { interval: 20; running: true; onTriggered: console.log("medium") }
    Component.onCompleted: console.log("completed")
}
