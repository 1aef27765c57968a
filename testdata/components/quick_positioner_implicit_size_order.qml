import QtQuick
Item {
    id: root
    property real cw: childrenRect.width
    onChildrenRectChanged: console.log("root childrenRect", childrenRect.width, childrenRect.height)
    Column {
        id: col
        Rectangle { width: 10; height: 4 }
        Rectangle { width: 20; height: 4 }
        onWidthChanged: console.log("col width", width)
        onHeightChanged: console.log("col height", height)
        onImplicitWidthChanged: console.log("col implicitWidth", implicitWidth)
        onImplicitHeightChanged: console.log("col implicitHeight", implicitHeight)
    }
    Item { id: plain; onWidthChanged: console.log("plain width", width); onHeightChanged: console.log("plain height", height) }
    Component.onCompleted: {
        console.log("done", col.width, col.height)
        plain.implicitWidth = 7
        plain.implicitHeight = 3
        Qt.exit(0)
    }
}
