import QtQuick

// An object binds an alias it declares itself: the binding replaces the
// one its target has, and is evaluated first (Qt sets alias values up last).
Item {
    id: root
    property int a: 0
    property alias tag: inner.tag
    anchors.leftMargin: a + 1
    property int p: a + 2
    anchors.rightMargin: a + 3
    tag: a + 4
    anchors.onLeftMarginChanged: console.log("leftMargin", anchors.leftMargin)
    anchors.onRightMarginChanged: console.log("rightMargin", anchors.rightMargin)
    onPChanged: console.log("p", p)
    onTagChanged: console.log("tag", tag)
    QtObject { id: inner; property int tag: root.a + 5; property int q: root.a + 6; onQChanged: console.log("q", q) }
    Component.onCompleted: { console.log("set"); a = 10; console.log("inner", inner.tag); Qt.exit(0) }
}
