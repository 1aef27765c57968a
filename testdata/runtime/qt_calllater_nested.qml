import QtQml

QtObject {
    function outer() {
        console.log("outer runs, schedules inner")
        Qt.callLater(inner)
        Qt.callLater(outer2)
    }
    function inner() { console.log("inner") }
    function outer2() { console.log("outer2") }
    Component.onCompleted: {
        Qt.callLater(outer)
        Qt.callLater(inner)
        console.log("scheduled")
    }
    property Timer end: Timer { interval: 20; running: true; onTriggered: Qt.quit() }
}
