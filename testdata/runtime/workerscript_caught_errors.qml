import QtQml

// Errors caught inside a WorkerScript are in Qt's form too.

QtObject {
    property WorkerScript w: WorkerScript {
        source: "workerscript_caught_errors_worker.js"
        onMessage: function (m) { console.log(m.r); Qt.exit(0) }
    }
    Component.onCompleted: w.sendMessage({ a: 1 })
}
