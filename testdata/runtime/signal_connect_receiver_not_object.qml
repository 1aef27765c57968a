import QtQml
QtObject {
    signal ping(int n)
    Component.onCompleted: {
        try { ping.connect(5, function (n) { console.log("five", n) }) } catch (e) { console.log("caught", e.message) }
        try { ping.connect("s", function (n) { console.log("str", n) }) } catch (e) { console.log("caught", e.message) }
        try { ping.connect(null, function (n) { console.log("null", n, this) }) } catch (e) { console.log("caught", e.message) }
        try { ping.connect(undefined, function (n) { console.log("undef", n, this === undefined) }) } catch (e) { console.log("caught", e.message) }
        try { ping.connect(function (n) { console.log("plain", n, typeof this) }) } catch (e) { console.log("caught", e.message) }
        try { ping.connect({a: 1}, function (n) { console.log("obj", n, this.a) }) } catch (e) { console.log("caught", e.message) }
        ping(7)
        Qt.exit(0)
    }
}
