import QtQml

// Promise reactions queued during a signal emitted from JavaScript run when
// the outermost handler (here Component.onCompleted) has returned.
QtObject {
    id: root
    signal fired()
    property QtObject a: QtObject {
        Component.onCompleted: root.fired.connect(function () {
            console.log("handler 1")
            Promise.resolve().then(function () { console.log("then from handler 1") })
        })
    }
    onFired: {
        console.log("handler onFired")
        Promise.resolve().then(function () { console.log("then from onFired") })
    }
    Component.onCompleted: {
        root.fired.connect(function () { console.log("handler 2") })
        console.log("emit")
        fired()
        console.log("after emit")
        Promise.resolve().then(function () { console.log("then from onCompleted") })
        Qt.callLater(function () { console.log("callLater") })
        t.start()
        console.log("end of onCompleted")
    }
    property Timer t: Timer {
        id: t
        interval: 10
        onTriggered: {
            console.log("timer")
            Promise.resolve().then(function () { console.log("then from timer") })
            t2.start()
        }
    }
    property Timer t2: Timer {
        id: t2
        interval: 10
        onTriggered: { console.log("timer2"); Qt.quit() }
    }
}
