import QtQml
QtObject {
    signal ping(int n)
    Component.onCompleted: {
        var g = function (n) { console.log("g", n) }
        var o = {}
        ping.connect(o, g)
        ping.connect(g)
        ping(1)
        ping.disconnect(g)
        ping(2)
        ping.disconnect(g)
        ping(3)
        ping.disconnect(o, g)
        ping(4)
        Qt.exit(0)
    }
}
