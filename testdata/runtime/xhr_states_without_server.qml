import QtQml
QtObject {
    function t(f) { try { return JSON.stringify(f()) } catch (e) { return "throws " + e.name + ": " + e.message } }
    property Timer quit: Timer { interval: 300; onTriggered: { console.log("file state", fx.readyState); Qt.quit() } }
    property var fx
    Component.onCompleted: {
        console.log(typeof XMLHttpRequest, XMLHttpRequest.UNSENT, XMLHttpRequest.OPENED, XMLHttpRequest.HEADERS_RECEIVED, XMLHttpRequest.LOADING, XMLHttpRequest.DONE)
        var x = new XMLHttpRequest()
        console.log(x.readyState, t(() => x.status), t(() => x.statusText), t(() => x.responseText), t(() => x.response), t(() => x.getAllResponseHeaders()), t(() => x.getResponseHeader("a")), t(() => x.send()), t(() => x.setRequestHeader("a", "b")), JSON.stringify(x.responseType), x.onreadystatechange, x.DONE)
        console.log(t(() => x.open("FOO", "http://127.0.0.1:1/")), t(() => x.open("GET")), x.readyState)
        var log = []
        x.onreadystatechange = function () { log.push(x.readyState) }
        x.open("GET", "http://127.0.0.1:1/")
        x.open("POST", "http://127.0.0.1:1/")
        console.log("opened twice", JSON.stringify(log), t(() => x.status))
        x.abort()
        console.log("abort before send", JSON.stringify(log), x.readyState)
        var r = new XMLHttpRequest()
        r.onreadystatechange = function () {
            console.log("refused", r.readyState, t(() => r.status), JSON.stringify(r.responseText), t(() => r.getAllResponseHeaders()))
            if (r.readyState === 4) { var a = new XMLHttpRequest(); a.onreadystatechange = function () { console.log("abort sent", a.readyState) }; a.open("GET", "http://127.0.0.1:1/"); a.send(); a.abort(); console.log("after abort", a.readyState, t(() => a.status))
                var th = new XMLHttpRequest()
                th.onreadystatechange = function () { if (th.readyState == 4) { quit.start(); throw new Error("thrown at DONE") } }
                th.open("GET", "http://127.0.0.1:1/")
                th.send()
            }
        }
        r.open("GET", "http://127.0.0.1:1/x")
        r.send()
        fx = new XMLHttpRequest()
        fx.onreadystatechange = function () { console.log("file", fx.readyState) }
        fx.open("GET", "Missing.txt")
        fx.send()
        var s = new XMLHttpRequest()
        s.open("GET", "http://127.0.0.1:1/", false)
        s.onreadystatechange = function () { console.log("sync", s.readyState) }
        s.send()
        console.log("sync done", s.readyState, t(() => s.status))
    }
}
