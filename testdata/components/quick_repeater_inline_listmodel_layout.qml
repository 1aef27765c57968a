import QtQuick
Rectangle {
    id: win
    width: 300; height: 200
    color: "#202020"
    property int selected: -1
    Column {
        id: list
        anchors.top: parent.top; anchors.topMargin: 10
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: 4
        Repeater {
            id: rep
            model: ListModel { id: lm; ListElement { label: "one"; w: 100 } ListElement { label: "two"; w: 140 } }
            Rectangle {
                width: model.w; height: 20
                color: index === win.selected ? "orange" : "gray"
                Rectangle { id: dot; width: 6; height: 6; radius: 3; anchors.verticalCenter: parent.verticalCenter; anchors.right: parent.right; anchors.rightMargin: 4 }
                Component.onCompleted: console.log("row", index, label, width, dot.x, dot.y)
            }
        }
    }
    Item {
        id: footer
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 8 }
        height: 30
    }
    Component.onCompleted: {
        console.log("list", list.x, list.y, list.width, list.height)
        console.log("footer", footer.x, footer.y, footer.width, footer.height)
        selected = 1
        console.log(rep.itemAt(1).color, rep.itemAt(0).color)
        win.width = 400
        console.log("resized", list.x, footer.width)
        Qt.quit()
    }
}
