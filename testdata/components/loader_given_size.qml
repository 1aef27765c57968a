import QtQuick
Item {
    width: 80; height: 90
    Loader { id: a; width: 0; sourceComponent: Rectangle { width: 5; height: 6 } }
    Loader { id: b; anchors.fill: parent; sourceComponent: Rectangle { width: 5; height: 6 } }
    Loader { id: c; width: parent.width / 2; sourceComponent: Rectangle { width: 5; height: 6 } }
    Component.onCompleted: {
        console.log(a.width, a.height, a.item.width, a.item.height, a.implicitWidth)
        console.log(b.width, b.height, b.item.width, b.item.height, b.implicitWidth)
        console.log(c.width, c.height, c.item.width, c.item.height, c.implicitWidth)
        Qt.quit()
    }
}
