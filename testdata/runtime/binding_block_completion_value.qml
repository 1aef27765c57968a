import QtQml

// A binding written as statements evaluates to its completion value, the
// value of the expression statement it ends in, as in Qt.
QtObject {
    id: root
    property int n: 2
    property var a: { var t = 3; t * 2 }
    property var b: { if (n > 5) "big" }
    property var c: { 5; var x }
    property var d: {
        switch (n) {
        case 1:
            "one"
        case 2:
            "two"
        case 3:
            "three"
            break
        default:
            "other"
        }
    }
    property var e: { try { throw new Error("e") } catch (e) { "caught " + e.message } }
    property var f: { var fn = function () { 99 }; fn() }
    property var g: {
        // comment first
        (n, n * 3)
    }
    property var h: { if (n === 2) { "inner block" } else { "else block" } }
    property var i: { n * 2; }
    property string j: { if (n) "text" + n; else "none" }
    property var k: { with (Math) max(n, 7) }
    property var l: {
        var s = 0
        n
        +1
    }
    property int m: { 42 }
    property var o: { 5; return 7 }
    property var p: { if (n > 1) return "early"; "late" }
    property var q: { try { "t" } finally { "f" } }
    Component.onCompleted: {
        console.log(a, b, c, d, e, f, g, h, i, j, k, l, m, o, p, q)
        n = 1
        console.log(a, d, g, i, j, p)
        Qt.quit()
    }
}
