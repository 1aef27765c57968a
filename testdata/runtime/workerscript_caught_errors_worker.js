WorkerScript.onMessage = function (m) {
    var r
    try { m.missing.deep } catch (e) { r = e.message + " | " + e.lineNumber + " | " + e.stack.split("\n")[0].replace(/.*\//, "") }
    try { null.x } catch (e) { r += " || " + e.message }
    try { [].reduce(function () {}) } catch (e) { r += " || " + e.message }
    WorkerScript.sendMessage({ r: r })
}
