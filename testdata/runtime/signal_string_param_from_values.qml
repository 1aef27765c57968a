import QtQml

// A signal's string parameter given objects, null, dates and symbols.

QtObject {
    id: root
    objectName: "rt"
    signal sig(string v)
    onSig: function (v) { console.log("sig", JSON.stringify(v), typeof v) }
    Component.onCompleted: {
        for (var z of [null, undefined, {}, { toString: function () { return "custom" } }, root, Qt.point(1, 2), new Date(0), Symbol("s")]) {
            try { sig(z) } catch (e) { console.log("err", e.message) }
        }
        Qt.exit(0)
    }
}
