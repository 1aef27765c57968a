import QtQml

QtObject {
    Component.onCompleted: {
        Qt.exit(5)
        console.log("still running after Qt.exit(5)")
        Qt.exit(7)
        console.log("after Qt.exit(7)")
        Qt.callLater(function () { console.log("callLater after exit") })
    }
    property Timer t: Timer { interval: 0; running: true; onTriggered: console.log("timer after exit") }
    Component.onDestruction: console.log("destruction")
}
