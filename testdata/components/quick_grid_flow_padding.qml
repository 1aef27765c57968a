import QtQuick
Item {
    Column { id: col; spacing: 4; padding: 3
        Item { width: 10; height: 10 }
        Item { id: hidden; width: 10; height: 10; visible: false }
        Item { width: 20; height: 5 }
    }
    Row { id: row; spacing: 2; leftPadding: 5; topPadding: 1
        Item { width: 10; height: 10 }
        Item { width: 20; height: 5 }
    }
    Grid { id: grid; columns: 2; spacing: 1
        Repeater { model: 5; Item { width: 10 + index; height: 10 } }
    }
    Flow { id: flow; width: 25; spacing: 2
        Repeater { model: 4; Item { width: 10; height: 10 } }
    }
    Column { id: rc
        Repeater { id: rep; model: ["a", "b"]; Item { width: 5; height: 7; property string name: modelData } }
    }
    ListModel { id: lm; ListElement { n: "x" } ListElement { n: "y" } }
    Row { Repeater { id: rep2; model: lm; Item { width: 3; height: 3; objectName: n + index } } }
    Component.onCompleted: {
        console.log("col", col.width, col.height, col.children[0].y, col.children[2].y, col.children[0].x, col.padding, col.topPadding)
        console.log("row", row.width, row.height, row.children[0].x, row.children[1].x, row.children[0].y)
        console.log("grid", grid.width, grid.height, grid.columns, grid.rows, grid.children.length)
        for (var i = 0; i < 5; i++) console.log(" g", grid.children[i].x, grid.children[i].y)
        console.log("flow", flow.width, flow.height)
        for (var j = 0; j < 4; j++) console.log(" f", flow.children[j].x, flow.children[j].y)
        console.log("rc", rc.height, rep.count, rep.itemAt(1).name, rep.itemAt(1).y, rc.children.length)
        console.log("rep2", rep2.count, rep2.itemAt(0).objectName, rep2.itemAt(1).objectName)
        lm.append({n: "z"})
        console.log("rep2 after", rep2.count, rep2.itemAt(2).objectName)
        console.log(Grid.LeftToRight, Grid.TopToBottom, Flow.LeftToRight, Flow.TopToBottom, grid.flow, grid.layoutDirection, Qt.LeftToRight)
        Qt.quit()
    }
}
