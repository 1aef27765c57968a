import QtQuick
Item {
    id: root
    width: 200; height: 100
    Rectangle {
        id: r
        width: parent.width / 2; height: 50
        color: "red"
        border.color: "blue"; border.width: 2
        radius: 4
        Text { id: t; text: "hello"; font.pixelSize: 12; font.bold: true; color: "#336699" }
    }
    Item { id: child2; x: 10; y: 20; z: 1; opacity: 0.5; visible: false; objectName: "c2" }
    Component.onCompleted: {
        console.log(r.width, r.height, r.color, r.border.color, r.border.width, r.radius)
        console.log(t.text, t.font.pixelSize, t.font.bold, t.color, t.font.family === "" ? "nofamily" : "family")
        console.log(root.children.length, root.data.length, child2.x, child2.y, child2.z, child2.opacity, child2.visible, child2.enabled)
        console.log(r.parent === root, r.x, r.y, root.implicitWidth, r.implicitHeight, t.parent === r)
        console.log(r.color.r, r.color.g, r.color.b, r.color.a, Qt.colorEqual(Qt.rgba(1, 0, 0, 1), r.color), String(r.color))
        r.color = Qt.rgba(0, 1, 0, 0.5); console.log(r.color)
        root.width = 300; console.log(r.width)
        console.log(root.state === "", root.clip, root.rotation, root.scale, root.antialiasing, root.focus)
        console.log(child2, typeof root.childAt, root.visibleChildren.length)
        Qt.quit()
    }
}
