import QtQml

// Bound functions are named "__bound function__" in Qt.
QtObject {
    function m() {}
    Component.onCompleted: {
        function foo(a, b) {}
        var b = foo.bind(null, 1)
        console.log(b, b.name, b.length, typeof b.name)
        console.log(m.bind(this), m.bind(this).name)
        console.log(String(b))
        console.log(b.toString())
        console.log([b])
        console.log(foo.name, foo.length, String(foo))
        var arrow = (x) => x
        console.log(arrow.name, String(arrow))
        var o = { meth() { return 1 }, get g() { return 2 } }
        console.log(o.meth, o.meth.name)
        console.log(Math.max, Math.max.name, String(Math.max))
        console.log(console.log)
        console.log(Qt.quit, Qt.formatDate)
        Qt.quit()
    }
}
