import QtQuick
Item {
    id: root
    Item { id: p; objectName: "p"
        Item { id: c; objectName: "c"
            onVisibleChanged: console.log("c visibleChanged", visible)
            onEnabledChanged: console.log("c enabledChanged", enabled)
            Item { id: g; onVisibleChanged: console.log("g visibleChanged", visible) }
        }
    }
    Component.onCompleted: {
        console.log(p.visible, c.visible, g.visible, p.enabled, c.enabled)
        p.visible = false
        console.log("p hidden", p.visible, c.visible, g.visible, p.visibleChildren.length, root.visibleChildren.length)
        c.visible = false
        console.log("c hidden", c.visible)
        p.visible = true
        console.log("p shown", p.visible, c.visible, g.visible)
        c.visible = true
        console.log("c shown", c.visible, g.visible)
        p.enabled = false
        console.log("p disabled", p.enabled, c.enabled, g.enabled)
        p.enabled = true
        console.log("p enabled", p.enabled, c.enabled, g.enabled)
        var n = Qt.createQmlObject('import QtQuick; Item {}', p)
        p.visible = false
        console.log("new child", n.visible)
        n.parent = root
        console.log("reparented to visible", n.visible)
        n.parent = p
        console.log("reparented to hidden", n.visible)
        n.parent = null
        console.log("no parent", n.visible, n.parent)
        Qt.quit()
    }
}
