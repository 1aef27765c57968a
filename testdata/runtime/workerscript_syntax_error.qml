import QtQml
import QtQml.WorkerScript
// A worker script with a syntax error: reported at its position in Qt's words.
QtObject {
    property WorkerScript ws: WorkerScript { source: "workerscript_syntax_error.js" }
    property Timer done: Timer { interval: 200; running: true; onTriggered: { console.log("ready", ws.ready); Qt.exit(0) } }
}
