import QtQml

// Signal parameters of size and rect given other values: warned about, defaults.

QtObject {
    signal ss(size v)
    signal sr(rect v)
    onSs: function (v) { console.log("size", v) }
    onSr: function (v) { console.log("rect", v) }
    Component.onCompleted: {
        for (var z of ["red", "#00ff00", "bogus", null, 5, Qt.size(1, 2), Qt.rect(1, 2, 3, 4), "1x2"]) {
            try { ss(z) } catch (e) { console.log("ss!", e.message) }
            try { sr(z) } catch (e) { console.log("sr!", e.message) }
        }
        Qt.exit(0)
    }
}
