import QtQml

// A Proxy is of class ProxyObject: console.log and String() print
// "[object ProxyObject]"; one of an array or a function prints as its
// target converts.
QtObject {
    Component.onCompleted: {
        var p = new Proxy({ a: 1 }, {})
        console.log(p)
        console.log([p], { p: p })
        console.log(new Proxy([1, 2], {}))
        console.log(new Proxy(function f() {}, {}))
        console.log(String(p), "" + p, JSON.stringify(p), typeof p, p.a)
        console.log(Object.prototype.toString.call({}), Object.prototype.toString.call([]))
        var logged = new Proxy({}, { get: function (t, k) { return k === "x" ? 7 : t[k] } })
        console.log(logged.x, logged)
        var global = (function () { return this })()
        console.log(global, String(global), Object.prototype.toString.call(global))
        Qt.quit()
    }
}
