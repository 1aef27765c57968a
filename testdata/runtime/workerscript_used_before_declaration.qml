import QtQml
import QtQml.WorkerScript
// Qt's compiler warns of names used before their declarations in a worker's
// script too (its functions by name, then the rest).
QtObject {
    property WorkerScript ws: WorkerScript { source: "workerscript_used_before_declaration.js"; onMessage: function (m) { console.log("got", m.v); Qt.exit(0) } }
    Component.onCompleted: ws.sendMessage({ x: 41 })
}
