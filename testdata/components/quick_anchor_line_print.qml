import QtQuick
// Anchor lines print as QQuickAnchorLine(), set or not, and so do an Item's own lines.
Item {
    id: root
    width: 200; height: 100
    Rectangle { id: r; width: 50; height: 20; anchors.left: parent.left; anchors.leftMargin: 10 }
    Component.onCompleted: {
        console.log(r.anchors.left, r.anchors.right, r.anchors.fill, r.anchors.centerIn, root.left, root.verticalCenter)
        r.anchors.left = undefined
        console.log(r.anchors.left, r.x)
        Qt.quit()
    }
}
