import QtQuick

Item {
    Column {
        id: col
        spacing: 5
        Item { width: 10; height: 20 }
        Item { width: 30; height: 10 }
        Item { width: 20; height: 15 }
    }
    Row {
        id: row
        spacing: 2
        Item { width: 10; height: 20 }
        Item { width: 30; height: 10 }
    }
    Component.onCompleted: {
        console.log("column", col.children.length, col.width, col.height)
        console.log("column ys", col.children[0].y, col.children[1].y, col.children[2].y)
        console.log("row", row.width, row.height, row.children[0].x, row.children[1].x)
        Qt.callLater(function() {
            console.log("later column", col.width, col.height, col.children[1].y, col.children[2].y)
            console.log("later row", row.width, row.height, row.children[1].x)
            Qt.quit()
        })
    }
}
