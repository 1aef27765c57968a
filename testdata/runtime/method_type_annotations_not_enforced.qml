import QtQml

// Type annotations of QML methods are not enforced by Qt 6.4's interpreter.

QtObject {
    id: root
    function f(a: int, b: string, c: real, d: bool): string { return typeof a + ":" + a + " " + typeof b + ":" + b + " " + typeof c + ":" + c + " " + typeof d + ":" + d }
    function g(p: point): real { return p.x }
    function h(): int { return 2.7 }
    Component.onCompleted: {
        console.log(f("3.9", 12, "2.5", "x"))
        console.log(f(3e9, null, undefined, 0))
        try { console.log(g(Qt.point(1, 2)), g({ x: 5 })) } catch (e) { console.log("g!", e.message) }
        console.log(h(), typeof h())
        console.log(f(1, 2))
        Qt.exit(0)
    }
}
