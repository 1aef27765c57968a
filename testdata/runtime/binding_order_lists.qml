import QtQml
QtObject {
    id: root
    property int a: 0
    property int b: a + 1
    property QtObject k1: QtObject { property int e: root.a + 10; onEChanged: console.log("e", e) }
    property int c: a + 2
    onBChanged: console.log("b", b)
    onCChanged: console.log("c", c)
    property list<QtObject> kids: [
        QtObject { property int d: root.a + 3; onDChanged: console.log("d", d)
                   property QtObject inner: QtObject { property int g: root.a + 7; onGChanged: console.log("g", g) }
                   property int h: root.a + 8; onHChanged: console.log("h", h) },
        QtObject { property int f: root.a + 4; onFChanged: console.log("f", f) }
    ]
    property int z: a + 9
    onZChanged: console.log("z", z)
    Component.onCompleted: { console.log("set"); a = 5; Qt.exit(0) }
}
