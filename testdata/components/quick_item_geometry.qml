import QtQuick
Item {
    id: root
    width: 100; height: 50
    Item { id: a; objectName: "a"
        onXChanged: console.log("a x", x)
        onYChanged: console.log("a y", y)
        onWidthChanged: console.log("a w", width)
        onHeightChanged: console.log("a h", height)
        onImplicitWidthChanged: console.log("a iw", implicitWidth)
        onImplicitHeightChanged: console.log("a ih", implicitHeight)
        onZChanged: console.log("a z", z)
        onOpacityChanged: console.log("a opacity", opacity)
        onVisibleChanged: console.log("a visible", visible)
        onEnabledChanged: console.log("a enabled", enabled)
    }
    Item { id: b; implicitWidth: 30; implicitHeight: 40 }
    Component.onCompleted: {
        a.x = 5; a.x = 5; a.y = 6; a.width = 7; a.height = 8
        a.implicitWidth = 9; a.implicitHeight = 10
        a.z = 2; a.opacity = 0.25
        console.log("b", b.width, b.height, b.implicitWidth, b.implicitHeight)
        b.implicitWidth = 33; console.log("b2", b.width)
        b.width = 12; b.implicitWidth = 44; console.log("b3", b.width, b.implicitWidth)
        console.log(root.childrenRect.x, root.childrenRect.y, root.childrenRect.width, root.childrenRect.height, typeof root.childrenRect)
        a.opacity = 2; console.log("opacity clamp", a.opacity)
        a.opacity = -1; console.log("opacity clamp", a.opacity)
        a.width = -5; console.log("neg width", a.width)
        console.log(a.transformOrigin, Item.Center, Item.TopLeft, Item.Top, Item.Bottom)
        console.log(a.baselineOffset, a.rotation, a.scale)
        console.log(a.x === 5, typeof a.x)
        Qt.quit()
    }
}
