import QtQml

// Signal parameters of point and int given values of every kind.

QtObject {
    signal sp(point v)
    signal si(int v)
    onSp: function (v) { console.log("point", v) }
    onSi: function (v) { console.log("int", v, typeof v) }
    Component.onCompleted: {
        for (var z of ["1,2", "abc", null, undefined, 5, [3, 4], { x: 1, y: 2 }, Qt.point(7, 8)]) {
            try { sp(z) } catch (e) { console.log("sp!", e.message) }
            try { si(z) } catch (e) { console.log("si!", e.message) }
        }
        Qt.exit(0)
    }
}
