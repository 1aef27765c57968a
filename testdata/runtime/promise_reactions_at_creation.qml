import QtQml

// Promise reactions queued by bindings and Component.onCompleted handlers
// run after the whole creation; Qt.callLater shares Qt's posted-event queue
// with them (qmlrun runs it after all reactions: known difference).
QtObject {
    id: root
    property QtObject a: QtObject {
        Component.onCompleted: {
            console.log("completed a")
            Promise.resolve().then(function () { console.log("then from a") })
        }
    }
    property QtObject b: QtObject {
        Component.onCompleted: {
            console.log("completed b")
            Promise.resolve().then(function () { console.log("then from b") })
        }
    }
    property int x: { console.log("binding x"); Promise.resolve().then(function () { console.log("then from binding") }); return 1 }
    Component.onCompleted: {
        console.log("completed root")
        Promise.resolve().then(function () { console.log("then from root") })
        Qt.callLater(function () { console.log("callLater"); Qt.quit() })
    }
}
