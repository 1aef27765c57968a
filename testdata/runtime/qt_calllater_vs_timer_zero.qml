import QtQml

QtObject {
    property Timer zero: Timer { interval: 0; running: true; onTriggered: console.log("timer 0 ms") }
    Component.onCompleted: {
        Qt.callLater(function () { console.log("callLater") })
        console.log("onCompleted")
    }
    property Timer end: Timer { interval: 20; running: true; onTriggered: Qt.quit() }
}
