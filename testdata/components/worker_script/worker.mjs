var count = 0
WorkerScript.onMessage = function (msg) {
    count++
    if (msg.fail)
        throw new Error("worker failed on message " + count)
    console.log("worker got", count, JSON.stringify(msg), typeof msg.when, msg.when instanceof Date, msg.buf ? msg.buf.byteLength : -1)
    WorkerScript.sendMessage({ count: count, doubled: msg.n * 2, echo: msg.text, nested: { a: [1, { b: null }] }, fn: function () {} })
}
