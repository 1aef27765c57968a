import QtQuick
Item {
    id: root
    width: 200; height: 100
    Item { id: a; width: 20; height: 10; anchors.left: parent.left; anchors.leftMargin: 5; anchors.top: parent.top; anchors.topMargin: 3 }
    Item { id: b; width: 20; height: 10; anchors.right: parent.right; anchors.bottom: parent.bottom; anchors.rightMargin: 4; anchors.bottomMargin: 2 }
    Item { id: c; height: 10; anchors.left: a.right; anchors.right: b.left; anchors.margins: 1 }
    Item { id: d; width: 30; height: 30; anchors.horizontalCenter: parent.horizontalCenter; anchors.verticalCenter: parent.verticalCenter; anchors.horizontalCenterOffset: 10 }
    Item { id: e; anchors.fill: parent; anchors.margins: 10; anchors.leftMargin: 20 }
    Item { id: f; width: 10; height: 10; anchors.centerIn: parent; anchors.verticalCenterOffset: 5 }
    Item { id: g; width: 10; height: 10; anchors.top: a.bottom; anchors.left: a.left }
    Component.onCompleted: {
        console.log("a", a.x, a.y, a.width, a.height)
        console.log("b", b.x, b.y)
        console.log("c", c.x, c.width)
        console.log("d", d.x, d.y)
        console.log("e", e.x, e.y, e.width, e.height)
        console.log("f", f.x, f.y)
        console.log("g", g.x, g.y)
        root.width = 300; root.height = 200
        console.log("resized a", a.x, "b", b.x, b.y, "c", c.x, c.width, "d", d.x, d.y, "e", e.width, e.height, "f", f.x, f.y)
        a.anchors.leftMargin = 15
        console.log("margin", a.x, c.x, c.width, g.x)
        a.x = 100
        console.log("set anchored x", a.x)
        a.anchors.left = undefined
        a.x = 50
        console.log("unanchored", a.x, c.x)
        console.log(typeof a.anchors.left, a.anchors.leftMargin, a.anchors.margins, b.anchors.rightMargin)
        console.log(a.anchors.top === undefined)
        Qt.quit()
    }
}
