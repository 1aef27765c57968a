import QtQml

// A signal's string parameter gets String(value); string properties get Qt's number text; bool from every kind.

QtObject {
    id: root
    property var src: 0
    property string s: src
    property bool b: src
    property real r: src
    signal sig(string v, bool bb)
    onSig: function (v, bb) { console.log("sig", JSON.stringify(v), bb) }
    Component.onCompleted: {
        var vals = [1e15, 1e-7, Infinity, NaN, 0.1 + 0.2, -0, "false", "", "0", [1, 2], true, 12]
        for (var x of vals) { src = x; console.log("binding", JSON.stringify(String(x)), JSON.stringify(s), b, r) }
        for (var y of vals) {
            var o = Qt.createQmlObject("import QtQml; QtObject { property string p; property bool q }", root)
            try { o.p = y } catch (e) { console.log("p!", e.message) }
            try { o.q = y } catch (e) { console.log("q!", e.message) }
            console.log("assign", JSON.stringify(String(y)), JSON.stringify(o.p), o.q); o.destroy()
        }
        for (var z of vals) sig(z, z)
        Qt.exit(0)
    }
}
