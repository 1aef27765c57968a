import QtQuick

Item {
    id: root
    width: 300
    height: 200
    Item {
        id: filler
        anchors.fill: parent
        anchors.margins: 10
    }
    Item {
        id: centered
        width: 50; height: 20
        anchors.centerIn: parent
    }
    Component.onCompleted: {
        console.log("filler", filler.x, filler.y, filler.width, filler.height)
        console.log("centered", centered.x, centered.y)
        console.log(filler.anchors.fill === root, filler.anchors.margins, typeof filler.anchors.fill)
        root.width = 400
        console.log("after resize", filler.width, centered.x)
        Qt.quit()
    }
}
