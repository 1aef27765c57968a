import QtQml

// Numbers out of int range: bindings and signal parameters wrap (ToInt32), assignments give the minimum int.

QtObject {
    id: root
    property var src: 3e9
    property int b: src
    property int c: src * 1
    property list<int> li: [src]
    signal sig(int v)
    onSig: function (v) { console.log("sig", v) }
    Component.onCompleted: {
        var vals = [3e9, NaN, Infinity, -Infinity, -2.5, 2147483648.5, 4294967301, -3e9, 1e20, -0.5]
        for (var x of vals) { src = x; console.log("binding", x, b, c, li[0]) }
        for (var y of vals) { var o = Qt.createQmlObject("import QtQml; QtObject { property int p }", root); o.p = y; console.log("assign", y, o.p); o.destroy() }
        for (var z of vals) sig(z)
        Qt.exit(0)
    }
}
