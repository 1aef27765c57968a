WorkerScript.onMessage = function (m) { console.log("worker got", m.n); WorkerScript.sendMessage({n: m.n + 1}) }
