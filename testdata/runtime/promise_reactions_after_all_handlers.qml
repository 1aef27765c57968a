import QtQml

// Promise reactions queued by the handlers of one signal (a Timer's triggered,
// emitted by the event loop) run after all of its handlers, not after each.
QtObject {
    id: root
    property Timer t: Timer {
        id: t
        interval: 10
        running: true
        onTriggered: {
            console.log("handler onTriggered")
            Promise.resolve().then(function () { console.log("then from onTriggered") })
        }
    }
    property Timer t2: Timer {
        interval: 500
        running: true
        onTriggered: { console.log("end"); Qt.quit() }
    }
    Component.onCompleted: {
        t.triggered.connect(function () {
            console.log("handler connected")
            Promise.resolve().then(function () { console.log("then from connected") })
        })
    }
}
