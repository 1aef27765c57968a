import QtQuick
Item {
    Column { id: col; spacing: 1
        Item { id: a; width: 10; height: 10 }
        Item { id: b; width: 10; height: 10 }
        onHeightChanged: console.log("col height", height)
    }
    Item { id: box; width: 100; height: 40
        Flow { id: flow; anchors.fill: parent; spacing: 0
            Repeater { model: 3; Item { width: 40; height: 10 } }
        }
    }
    Column { id: wcol; width: 50; Item { width: 10; height: 10 } }
    Component.onCompleted: {
        console.log("flow", flow.width, flow.height, flow.implicitHeight, flow.children[2].x, flow.children[2].y)
        console.log("wcol", wcol.width, wcol.implicitWidth)
        a.height = 20
        console.log("after resize", b.y, col.height)
        b.visible = false
        console.log("after hide", col.height)
        Qt.callLater(function() {
            console.log("later", b.y, col.height)
            var t = Qt.createQmlObject('import QtQuick; Item { width: 5; height: 5 }', col)
            console.log("added", t.y, col.height)
            Qt.callLater(function() { console.log("added later", t.y, col.height); Qt.quit() })
        })
    }
}
