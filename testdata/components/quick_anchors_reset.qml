import QtQuick
Item {
    id: root
    width: 201; height: 101
    Item { id: a; width: 30; height: 30; anchors.centerIn: parent }
    Item { id: b; width: 30; height: 30; anchors.horizontalCenter: parent.horizontalCenter; anchors.alignWhenCentered: false }
    Item { id: c; width: 31; anchors.right: parent.right; anchors.left: parent.horizontalCenter }
    Item { id: d }
    Item { id: e; width: 10; height: 10; anchors.fill: d }
    Component.onCompleted: {
        console.log("a", a.x, a.y, "b", b.x, "c", c.x, c.width)
        console.log(typeof a.anchors.left, typeof a.anchors.fill, a.anchors.fill, a.anchors.centerIn === root, typeof root.left)
        console.log(a.anchors.alignWhenCentered, a.anchors.baselineOffset, a.anchors.horizontalCenterOffset)
        a.anchors.centerIn = undefined
        console.log("unset", a.x, a.y, a.anchors.centerIn)
        a.x = 3; console.log(a.x)
        a.anchors.left = root.left
        console.log("left", a.x)
        d.x = 10; d.y = 20; d.width = 50; d.height = 60
        console.log("e", e.x, e.y, e.width, e.height)
        e.width = 5; console.log("e width set", e.width)
        Qt.quit()
    }
}
