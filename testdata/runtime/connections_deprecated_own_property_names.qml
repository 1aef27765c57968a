import QtQml

QtObject {
    id: root
    signal ping(int n)
    property int val: 0
    property QtObject other: QtObject { id: other; signal pong(string s); property int w: 0 }
    property Connections c1: Connections {
        target: root
        function onPing(n) { console.log("c1 ping", n, this === c1) }
        function onValChanged() { console.log("c1 val", root.val) }
    }
    property Connections c2: Connections {
        id: c2
        target: other
        enabled: false
        function onPong(s) { console.log("c2 pong", s) }
        function onWChanged() { console.log("c2 w", other.w) }
        onEnabledChanged: console.log("c2 enabled", enabled)
        onTargetChanged: console.log("c2 target", target === other, target === root)
    }
    Component.onCompleted: {
        ping(1)
        val = 5
        other.pong("a")
        c2.enabled = true
        other.pong("b")
        other.w = 3
        c2.target = null
        other.pong("c")
        c2.target = root
        ping(2)
        console.log(c1.target === root, typeof c1.onPing, c1.enabled, c1.ignoreUnknownSignals)
        Qt.quit()
    }
}
