import QtQml

// Promise chains driven by timers: rejection handlers see errors in Qt's form; unhandled rejections print nothing.

QtObject {
    id: root
    function delay(ms) { return new Promise(function (resolve) { var t = Qt.createQmlObject("import QtQml; Timer {}", root); t.interval = ms; t.triggered.connect(function () { resolve(ms); t.destroy() }); t.start() }) }
    Component.onCompleted: {
        delay(150).then(function (a) { console.log("after", a); return Promise.reject(new TypeError("bad")) })
            .catch(function (e) { console.log("caught", e.name, e.message); return null.x })
            .catch(function (e) { console.log("caught2", e.message); return "done" })
            .then(function (v) { console.log("work ->", v); step2() })
        console.log("sync after chain")
        Promise.all([1, Promise.resolve(2), delay(5)]).then(function (v) { console.log("all", v) })
        Promise.race([delay(300), delay(60)]).then(function (v) { console.log("race", v) })
        new Promise(function (res, rej) { rej("plain") }).catch(function (e) { console.log("rejected with", e) })
        new Promise(function () { throw new Error("in executor") }).then(null, function (e) { console.log("executor error", e.message, e.lineNumber) })
    }
    function step2() {
        Promise.reject(new Error("nobody listens"))
        Promise.resolve().then(function () { throw new RangeError("thrown in then") })
        root.delay(30).then(function () { console.log("exit"); Qt.exit(0) })
    }
}
