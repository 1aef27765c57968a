import QtQuick

Item {
    id: root
    width: 200
    height: 100
    x: 5
    Item { id: plain }
    Component.onCompleted: {
        console.log(width, height, x, y, z, typeof width)
        console.log(plain.width, plain.height, plain.x, plain.y, plain.visible, plain.opacity, JSON.stringify(plain.state), plain.enabled)
        console.log(typeof visible, typeof opacity, typeof state, typeof anchors)
        console.log(implicitWidth, implicitHeight, clip, rotation, scale)
        width = 250.5
        console.log(width, typeof width)
        Qt.quit()
    }
}
