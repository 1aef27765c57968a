import QtQuick
import QtTest
TestCase {
    name: "WorkerConsole"
    WorkerScript { id: ws; source: "workerscript_console.js"; property int last: 0; onMessage: function (m) { last = m.n } }
    function test_w() { for (var i = 0; i < 5; i++) { ws.sendMessage({n: i}); tryCompare(ws, "last", i + 1) } }
}
