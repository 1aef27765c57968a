import QtQml

// The function names of a caught error's stack: Connections, timers, methods, getters, classes, arrows, callLater.

QtObject {
    id: root
    signal ping()
    function fail(tag) { try { throw new Error(tag) } catch (e) { console.log(tag, "|", e.stack.split("\n").join(" ; ")) } }
    property Connections c: Connections {
        target: root
        function onPing() { root.fail("connections") }
    }
    property Timer t: Timer { interval: 1; running: true; onTriggered: { root.fail("timer"); next() } }
    function next() {
        var o = { method: function () { root.fail("objmethod") }, get g() { root.fail("getter"); return 1 } }
        o.method(); o.g
        class K { m() { root.fail("classmethod") } static s() { root.fail("static") } }
        new K().m(); K.s()
        var arrow = () => root.fail("arrow"); arrow()
        ;[1].forEach(function named(v) { root.fail("named") })
        Qt.callLater(function () { root.fail("callLater"); Qt.exit(0) })
    }
    Component.onCompleted: ping()
}
