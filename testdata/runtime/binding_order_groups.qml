import QtQuick

// Bindings of grouped properties: Qt evaluates them before the plain ones
// (it sets them up after those), and a child's before its parent's.
Item {
    id: root
    property int a: 0
    anchors.leftMargin: a + 1
    property int p: a + 2
    anchors.rightMargin: a + 3
    anchors.onLeftMarginChanged: console.log("leftMargin", anchors.leftMargin)
    anchors.onRightMarginChanged: console.log("rightMargin", anchors.rightMargin)
    onPChanged: console.log("p", p)
    QtObject { id: inner; property int tag: root.a + 5; property int q: root.a + 6; onQChanged: console.log("q", q) }
    Component.onCompleted: { console.log("set"); a = 10; Qt.exit(0) }
}
