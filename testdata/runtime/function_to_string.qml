import QtQml

QtObject {
    id: root
    signal sig()
    function meth(a) { return a + 1 }
    Component.onCompleted: {
        function inner(x, y) { return x * y }
        console.log(String(root.sig), String(root.meth), String(inner), String(Math.max))
        console.log(inner.toString(), (x => x).toString(), (function () {}).toString())
        console.log("" + inner, [inner], String(console.log), String(Qt.quit))
        console.log(inner.name, inner.length, root.meth.name, root.meth.length, (function(){}).name)
        console.log(Function.prototype.toString.call(class A {}))
        Qt.quit()
    }
}
