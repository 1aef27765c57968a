import QtQml

QtObject {
    id: root
    signal ping(string msg, int n)
    property int count: 0
    onPing: (msg, n) => {
        count++
        if (n === 2) throw new Error("bad " + msg)
        if (n === 3) undefinedFunction()
        if (n === 5) throw "plain string"
        if (n === 6) throw { code: 42 }
        if (n === 7) throw new RangeError("range")
        console.log("ping", msg, n)
    }
    function helper(x) {
        return x.y.z
    }
    property var conn: Connections {
        target: root
        function onPing(msg, n) { console.log("conn sees", msg, n) }
    }
    Component.onCompleted: {
        for (var i = 1; i <= 7; i++) root.ping("m" + i, i)
        root.ping.connect(function (m, n) { if (n === 8) helper(undefined) })
        root.ping("m8", 8)
        console.log("count", count)
        try { nope() } catch (e) { console.log(e.name, "|", e.message, "|", e) }
        try { root.nonexistent.x } catch (e) { console.log(e.name, "|", e.message) }
        try { let q = 1; q = q.f.g } catch (e) { console.log(e.name, "|", e.message) }
        try { undefined.x } catch (e) { console.log(e.message) }
        Qt.quit()
    }
}
