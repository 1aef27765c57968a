import QtQml

QtObject {
    id: root
    function bad(x) { if (x > 1) throw new Error("bad " + x); return x }
    function worse() { return missing.value }
    function loop(n) { var s = 0; for (var i = 0; i < n; i++) s += i; return s }
    signal sig()
    onSig: bad(2)
    Component.onCompleted: {
        console.log(bad(1), loop(10))
        try { bad(3) } catch (e) { console.log("caught", e.message, e.lineNumber) }
        try { worse() } catch (e) { console.log("caught", e.name, e.message) }
        console.log(bad, typeof bad, bad.name, bad === root.bad)
        sig()
        Qt.callLater(bad, 5)
        Qt.callLater(worse)
    }
    property Timer t: Timer { running: true; interval: 10; onTriggered: { worse(); console.log("not reached") } }
    property Timer q: Timer { running: true; interval: 50; onTriggered: Qt.quit() }
}
