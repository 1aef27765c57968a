import QtQml

// Signals, handlers, Connections, property change chains, timers and callLater in one everyday document.

QtObject {
    id: root
    property int count: 0
    property string label: "a"
    property real ratio: count / 2
    property var log: []
    signal ping(int n, string why)
    signal pong()
    property QtObject child: QtObject {
        id: child
        property int mirror: root.count * 10
        onMirrorChanged: console.log("mirror ->", mirror)
        Component.onCompleted: console.log("child completed", root.count)
        Component.onDestruction: console.log("child destruction")
    }
    property Connections conn: Connections {
        target: root
        function onPing(n, why) { console.log("conn ping", n, why, this === root) }
        function onCountChanged() { console.log("conn count", root.count) }
    }
    property Timer t1: Timer { interval: 30; onTriggered: { console.log("t1"); root.pong() } }
    property Timer t0: Timer { interval: 0; running: true; onTriggered: console.log("t0 fired", root.count) }
    onPing: function (n, why) { console.log("handler ping", n, why); count += n }
    onPong: { console.log("pong, ratio", ratio, "label", label); Qt.exit(0) }
    onCountChanged: console.log("count ->", count)
    onRatioChanged: console.log("ratio ->", ratio)
    onLabelChanged: console.log("label ->", label)
    Component.onCompleted: {
        console.log("root completed")
        ping(2, "first")
        root.ping.connect(function (n) { console.log("js-connected", n) })
        ping(3, "second")
        label = "b"; label = "b"
        var f = function () { console.log("once") }
        pong.connect(f); pong.disconnect(f)
        Qt.callLater(function () { console.log("later", count) })
        t1.start()
        console.log("end of completed", count, ratio, child.mirror)
    }
    Component.onDestruction: console.log("root destruction")
}
