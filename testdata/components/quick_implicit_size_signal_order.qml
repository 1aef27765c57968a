import QtQuick
Item {
    id: root
    onChildrenRectChanged: console.log("root childrenRect", childrenRect.width, childrenRect.height)
    Item {
        id: plain
        onWidthChanged: console.log("plain width", width)
        onImplicitWidthChanged: console.log("plain implicitWidth", implicitWidth)
        onHeightChanged: console.log("plain height", height)
        onImplicitHeightChanged: console.log("plain implicitHeight", implicitHeight)
    }
    Item { id: fixed; width: 3; onImplicitWidthChanged: console.log("fixed implicitWidth", implicitWidth); onWidthChanged: console.log("fixed width", width) }
    Component.onCompleted: {
        console.log("cr", childrenRect.width)
        plain.implicitWidth = 7
        plain.implicitHeight = 3
        fixed.implicitWidth = 9
        plain.width = 2
        plain.implicitWidth = 8
        Qt.exit(0)
    }
}
