import QtQml
import QtQml.WorkerScript
// WorkerScript messages are copied (a QObject arrives as undefined, a date
// stays a date, functions are dropped); an exception in the worker is
// reported in order with its replies.
QtObject {
    id: root
    property int got: 0
    property WorkerScript w: WorkerScript {
        id: w
        source: "workerscript_worker.mjs"
        onMessage: function(m) {
            console.log("got", JSON.stringify(m), m.date instanceof Date, "fn" in m)
            if (++root.got == 5) Qt.quit()
        }
    }
    Component.onCompleted: {
        w.sendMessage({cmd: "sum", values: [1, 2, 3]})
        w.sendMessage({cmd: "echo", nested: {a: [1, {b: 2}]}, n: null, u: undefined})
        w.sendMessage({cmd: "throw", n: 1})
        w.sendMessage("plain")
        w.sendMessage({cmd: "object", obj: root, list: [root, 1]})
        w.sendMessage({cmd: "throw", n: 2})
        w.sendMessage([1, "two", true, null])
    }
}
