import QtQuick

Item {
    id: root
    Item { id: a; objectName: "a" }
    Item { id: b; objectName: "b"; Item { id: c; objectName: "c" } }
    QtObject { id: notVisual; objectName: "plain" }
    Timer { id: timer }
    Component.onCompleted: {
        console.log("children", children.length, children[0].objectName, children[1].objectName)
        console.log("data", data.length, "resources", resources.length)
        console.log(a.parent === root, c.parent === b, root.parent)
        console.log(b.children.length, c.children.length)
        a.parent = b
        console.log("after reparent", children.length, b.children.length, b.children[1].objectName)
        Qt.quit()
    }
}
