import QtQuick
// A child's move updates its parent's childrenRect (and anchored items)
// before the child's own xChanged/widthChanged handlers run.
Item {
    id: root
    onChildrenRectChanged: console.log("childrenRect", childrenRect)
    Rectangle { id: a; x: 5; width: 20; height: 10
        onXChanged: console.log("a.x", x, root.childrenRect.x, b.x)
        onWidthChanged: console.log("a.width", width, root.childrenRect.width, b.x)
    }
    Rectangle { id: b; width: 5; height: 5; anchors.left: a.right; onXChanged: console.log("b.x", x) }
    Component.onCompleted: {
        a.x = 30
        a.width = 50
        a.y = 4
        Qt.quit()
    }
}
