import QtQuick
Item {
    id: root
    width: 200; height: 100
    Item {
        id: box
        x: 10; y: 5; width: 50; height: 20
        Item { id: a; x: -5; y: 3; width: 10; height: 10 }
        Item { id: b; x: 30; y: 40; width: 40; height: 5 }
        onChildrenRectChanged: console.log("box childrenRect", childrenRect.x, childrenRect.y, childrenRect.width, childrenRect.height)
    }
    Item {
        id: follower
        anchors.left: box.right; anchors.leftMargin: 4
        anchors.top: box.bottom
        anchors.right: parent.right
        height: 10
        onXChanged: console.log("follower x", x)
        onWidthChanged: console.log("follower width", width)
    }
    Item {
        id: centered
        width: 20; height: 8
        anchors.centerIn: parent
        anchors.verticalCenterOffset: 3
    }
    Component.onCompleted: {
        console.log("follower", follower.x, follower.y, follower.width, follower.height)
        console.log("centered", centered.x, centered.y)
        console.log("box cr", box.childrenRect.x, box.childrenRect.y, box.childrenRect.width, box.childrenRect.height)
        b.x = 100
        a.width = 1
        box.width = 60
        root.width = 300
        console.log("follower", follower.x, follower.width, "centered", centered.x)
        var p = b.mapToItem(root, 0, 0)
        console.log("map", p.x, p.y, JSON.stringify(box.mapFromItem(null, 15, 15)))
        console.log("contains", box.contains(Qt.point(5, 5)), box.contains(Qt.point(-1, 5)))
        console.log("implicit", root.implicitWidth, box.implicitHeight)
        follower.anchors.right = undefined
        root.width = 100
        console.log("unanchored right", follower.x, follower.width)
        Qt.exit(0)
    }
}
