import QtQml
QtObject {
    property string base: "http://127.0.0.1:28765"
    property var queue: []
    function t(f) { try { return JSON.stringify(f()) } catch (e) { return "throws " + e.name + ": " + e.message } }
    function next() {
        if (queue.length === 0) { Qt.quit(); return }
        var job = queue.shift()
        var x = new XMLHttpRequest()
        var states = []
        x.onreadystatechange = function () {
            states.push(x.readyState)
            if (x.readyState === XMLHttpRequest.DONE) {
                var r = t(() => x.response)
                if (r.length > 120) r = r.substring(0, 120)
                console.log(job.name, "headers", JSON.stringify(x.getAllResponseHeaders().replace(/date: [^\r\n]*/i, "date: X").replace(/server: [^\r\n]*/i, "server: X")), x.getResponseHeader("X-CUSTOM"), JSON.stringify(x.getResponseHeader("missing")))
                console.log(job.name, JSON.stringify(states), x.status, JSON.stringify(x.statusText), t(() => x.responseText.length), JSON.stringify(x.responseText.substring(0, 80)), x.responseType, typeof x.response, r)
                Qt.callLater(next)
            }
        }
        try { job.run(x) } catch (e) { console.log(job.name, "threw", e.name, e.message, x.readyState); Qt.callLater(next) }
    }
    Component.onCompleted: {
        queue = [
            {name: "post", run: x => { x.open("POST", base + "/echo"); x.setRequestHeader("Content-Type", "application/x-test"); x.send("a=1&b=2") }},
            {name: "post-noctype", run: x => { x.open("POST", base + "/echo"); x.send("plain body") }},
            {name: "put", run: x => { x.open("PUT", base + "/echo"); x.send(JSON.stringify({k: 1})) }},
            {name: "delete", run: x => { x.open("DELETE", base + "/x"); x.send() }},
            {name: "404", run: x => { x.open("GET", base + "/404"); x.send() }},
            {name: "redirect", run: x => { x.open("GET", base + "/redirect"); x.send() }},
            {name: "json-type", run: x => { x.open("GET", base + "/json"); x.responseType = "json"; x.send() }},
            {name: "ab-type", run: x => { x.open("GET", base + "/bin"); x.responseType = "arraybuffer"; x.send() }},
            {name: "utf8", run: x => { x.open("GET", base + "/utf8"); x.send() }},
            {name: "refused", run: x => { x.open("GET", "http://127.0.0.1:1/none"); x.send() }},
            {name: "sync", run: x => { x.open("GET", base + "/hello", false); x.send(); console.log("sync after send", x.readyState, x.status, x.responseText) }},
            {name: "head", run: x => { x.open("HEAD", base + "/hello"); x.send() }},
        ]
        next()
    }
}
