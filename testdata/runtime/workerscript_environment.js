// Worker for workerscript_environment.qml: the globals a worker has.
console.log(typeof [].flat, typeof globalThis, typeof Qt.md5, Qt.md5("a"), typeof Qt.formatDate, typeof qsTr, typeof gc, typeof Qt.binding)
console.log(Qt.formatDate(new Date(2020, 0, 2), "yyyy-MM-dd"), "%1-%2".arg(1).arg("x"), (1234.5).toLocaleString(), Number(3).toFixed(2))
console.log(Qt.btoa("hi"), Qt.atob("aGk="), Qt)
console.log(JSON.stringify({a: new Date(0)}), String(new Date(0)), new Date(0).toLocaleString())
console.log([1, [2, 3]], {a: 1}, null, undefined, 1.5, "s", new Date(0), function f() {}, -0, [undefined, null])
console.info("info"); console.warn("warn"); console.error("err"); console.debug("dbg")
print("printed")
console.assert(false, "asserted")
function later() { console.trace() }
WorkerScript.onMessage = function(m) {
    if (m === "trace")
        later()
    if (m === "throw")
        throw new TypeError("worker " + m)
    WorkerScript.sendMessage("done " + m)
}
WorkerScript.sendMessage("loaded")
