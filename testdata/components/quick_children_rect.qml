import QtQuick
Item {
    id: root
    Item { id: a; x: 5; y: 5; width: 10; height: 10 }
    Item { id: b; x: 20; y: 0; width: 10; height: 30 }
    onChildrenRectChanged: console.log("changed", childrenRect.x, childrenRect.y, childrenRect.width, childrenRect.height)
    function show(tag) { console.log(tag, root.childrenRect.x, root.childrenRect.y, root.childrenRect.width, root.childrenRect.height) }
    Component.onCompleted: {
        show("start")
        b.x = 40; show("b right")
        b.x = 10; show("b back")
        b.height = 5; show("b short")
        a.x = -5; show("a left")
        a.x = 8; show("a in")
        var c = Qt.createQmlObject('import QtQuick; Item { x: 100; y: 100; width: 1; height: 1 }', root)
        show("added")
        c.destroy()
        Qt.callLater(function() { show("removed"); Qt.quit() })
    }
}
