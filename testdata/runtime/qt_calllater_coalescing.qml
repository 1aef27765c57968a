import QtQml

QtObject {
    property int calls: 0
    function refresh() {
        calls++
        console.log("refresh call", calls)
    }
    Component.onCompleted: {
        Qt.callLater(refresh)
        Qt.callLater(refresh)
        Qt.callLater(refresh)
        console.log("scheduled three times, calls so far", calls)
    }
    property Timer end: Timer { interval: 20; running: true; onTriggered: { console.log("total", calls); Qt.quit() } }
}
