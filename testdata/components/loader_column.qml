import QtQuick
Column {
    id: col
    spacing: 2
    Rectangle { id: top; width: 10; height: 5 }
    Loader { id: ld; sourceComponent: Rectangle { width: 20; height: 15 } }
    Rectangle { id: bottom; width: 10; height: 5 }
    Component.onCompleted: {
        console.log("col", col.width, col.height, top.y, ld.y, bottom.y, ld.width, ld.height)
        console.log("children", col.children.length, ld.item.parent === ld, ld.parent === col)
        Qt.quit()
    }
}
