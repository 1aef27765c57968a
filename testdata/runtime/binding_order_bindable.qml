import QtQuick
Item {
    id: root
    property int a: 0
    property int b: a + 1
    width: a + 10
    property int c: a + 2
    height: a + 20
    onBChanged: console.log("b", b)
    onCChanged: console.log("c", c)
    onWidthChanged: console.log("width", width)
    onHeightChanged: console.log("height", height)
    Item { id: k; property int d: root.a + 3; onDChanged: console.log("d", d); x: root.a + 30; onXChanged: console.log("x", x) }
    Component.onCompleted: { console.log("set"); a = 5; console.log("again"); a = 6; Qt.exit(0) }
}
