// A worker script whose functions use names before their declarations.
WorkerScript.onMessage = function (m) { WorkerScript.sendMessage({ v: helper(m) }) }
function helper(m) { return m.x + LATER }
const LATER = 1
function g() { q = 1; var q }
