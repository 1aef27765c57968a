import QtQml

QtObject {
    Component.onCompleted: {
        for (var i = 0; i < 3; i++)
            Qt.callLater(function () { console.log("anonymous", i) })
        var same = function (x) { console.log("same", x) }
        Qt.callLater(same, 1)
        Qt.callLater(same, 2)
        Qt.callLater(() => console.log("arrow"))
        console.log("scheduled")
    }
    property Timer end: Timer { interval: 20; running: true; onTriggered: Qt.quit() }
}
