import QtQuick
Item {
    id: root
    property int a: 0
    property int b: a + 1
    property int c: a + 2
    onBChanged: console.log("b", b)
    onCChanged: console.log("c", c)
    QtObject { id: k; property int d: root.a + 3; onDChanged: console.log("d", d) }
    Component.onCompleted: { console.log("set"); a = 5; console.log("again"); a = 6; Qt.exit(0) }
}
