import QtQml

// Which strings int and real properties take, and what they read back.
QtObject {
    property int i
    property real r
    Component.onCompleted: {
        for (var z of ["inf", "Inf", "INF", "nan", "NaN", "-nan", "+inf", "-inf", "infinity", "Infinity", "1_000", "1,5", "0b1", "1e400", "-1e400", "0x10", "2.5", "-2.5", "3.5", "1e3", "  7  ", "+3", "-0", ".5", "5.", "1e"]) {
            try { r = z; console.log("real", z, "->", r) } catch (e) { console.log("real", z, "!", e.message) }
            try { i = z; console.log("int", z, "->", i) } catch (e) { console.log("int", z, "!", e.message) }
        }
        Qt.exit(0)
    }
}
