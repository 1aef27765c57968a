import QtQml

QtObject {
    function first(tag) { console.log("first", tag) }
    function second(a, b) { console.log("second", a, b) }
    function third() { console.log("third", arguments.length) }
    Component.onCompleted: {
        Qt.callLater(first, "A")
        Qt.callLater(second, 1, 2)
        Qt.callLater(third)
        Qt.callLater(first, "B")
        console.log("end of onCompleted")
    }
    property Timer end: Timer { interval: 20; running: true; onTriggered: Qt.quit() }
}
