import QtQuick
Item {
    id: root
    width: childrenRect.width; height: childrenRect.height
    onWidthChanged: console.log("root width", width)
    onHeightChanged: console.log("root height", height)
    Column {
        id: col
        spacing: 2
        Repeater { model: 3; Rectangle { width: 10 + index * 5; height: 4 } }
        onHeightChanged: console.log("col height", height)
    }
    Component.onCompleted: {
        console.log("root", width, height, col.width, col.height, col.implicitHeight)
        col.children[1].height = 10
        console.log("after", width, height, col.height)
        Qt.exit(0)
    }
}
