import QtQml
QtObject {
    id: root
    signal ping(int n, string s, var v)
    signal done
    property int count: 0
    onPing: (n, s, v) => { count++; console.log("ping", n, s, JSON.stringify(v), count) }
    property QtObject child: QtObject {
        signal relay(string m)
        onRelay: m => console.log("relay", m)
    }
    property Connections c: Connections {
        target: root
        function onPing(n) { console.log("connections saw", n) }
        function onDone() { console.log("done seen") }
    }
    Component.onCompleted: { Qt.callLater(Qt.quit);
        ping(1, "a", [1])
        root.ping(2.7, 3, {k: "v"})
        ping.connect(child.relay)
        ping(3, "b", null)
        ping.disconnect(child.relay)
        ping(4, "c", undefined)
        done()
        var f = function () { console.log("arguments", arguments.length, JSON.stringify(Array.prototype.slice.call(arguments))) }
        root.ping.connect(f)
        ping(5, "d", 1)
        console.log(typeof ping, typeof root.ping.connect, typeof onPing)
    }
}
