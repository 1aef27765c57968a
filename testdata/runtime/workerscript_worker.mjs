// Worker for workerscript_messages_and_errors.qml: replies without printing,
// so that the order of the output does not depend on the threads.
WorkerScript.onMessage = function(msg) {
    if (msg.cmd === "sum")
        WorkerScript.sendMessage({result: msg.values.reduce((a, b) => a + b, 0)})
    else if (msg.cmd === "throw")
        throw new Error("bad " + msg.n)
    else
        WorkerScript.sendMessage({echo: msg, keys: typeof msg === "object" ? Object.keys(msg) : [], date: new Date(0), fn: function() {}})
}
