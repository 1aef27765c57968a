import QtQml
import QtQml.WorkerScript
// A worker's engine has the globals a document's has (Qt, console with
// Qt's formatting, Qt's Date forms, no ES2019+ additions); its console
// output starts with "js:".
QtObject {
    property WorkerScript w: WorkerScript {
        id: w
        source: "workerscript_environment.js"
        onMessage: function(m) {
            console.log("main:", m)
            if (m === "loaded")
                w.sendMessage("trace")
            if (m === "done trace") {
                w.sendMessage("throw")
                w.sendMessage("again")
            }
            if (m === "done again")
                Qt.quit()
        }
    }
}
