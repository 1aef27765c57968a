import QtQuick
Item {
    id: root
    width: 100; height: 60
    Item { id: a; objectName: "a"; anchors.left: b.right; width: 10; height: 10
        Component.onCompleted: console.log("a completed", x, y)
    }
    Item { id: b; objectName: "b"; x: 20; width: 30; height: 10 }
    Rectangle { id: box; implicitWidth: inner.width + 10; implicitHeight: 20
        Item { id: inner; width: 15 }
    }
    Item { id: op; opacity: 0.5; Item { id: opc } }
    Item { id: mover; width: 10; height: 10
        states: State { name: "moved"
            AnchorChanges { target: mover; anchors.right: root.right }
        }
    }
    Component.onCompleted: {
        console.log("a", a.x, "box", box.width, box.implicitWidth, "opc", opc.opacity, "root parent", root.parent)
        inner.width = 25
        console.log("box after", box.width)
        b.width = 40
        console.log("a after", a.x)
        mover.state = "moved"
        console.log("moved", mover.x, mover.anchors.right === root.right)
        mover.state = ""
        console.log("back", mover.x, mover.anchors.right === root.right)
        Qt.quit()
    }
}
