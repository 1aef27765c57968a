import QtQml
QtObject {
    signal ping(int n)
    Component.onCompleted: {
        var f = function (n) { console.log("f", n) }
        var g = function (n) { console.log("g", n) }
        var o = {}
        ping.connect(f)
        ping.connect(o, g)
        try { ping.disconnect(5, f) } catch (e) { console.log("caught", e.message) }
        try { ping.disconnect(null, g) } catch (e) { console.log("caught", e.message) }
        try { ping.disconnect(5) } catch (e) { console.log("caught", e.message) }
        try { ping.disconnect() } catch (e) { console.log("caught", e.message) }
        try { ping.disconnect(undefined, g) } catch (e) { console.log("caught", e.message) }
        ping(1)
        ping.disconnect(undefined, f)
        ping(2)
        ping.disconnect(o, g)
        ping(3)
        Qt.exit(0)
    }
}
