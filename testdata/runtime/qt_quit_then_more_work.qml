import QtQml

QtObject {
    property int n: 0
    onNChanged: console.log("nChanged", n)
    Component.onCompleted: {
        console.log("before quit")
        Qt.quit()
        console.log("after quit, same handler")
        n = 1
        Qt.callLater(function () { console.log("callLater after quit") })
    }
    property Timer t: Timer { interval: 0; running: true; onTriggered: console.log("timer after quit") }
    Component.onDestruction: console.log("destruction")
}
