import QtQuick
Column {
    id: col
    Repeater {
        id: rep
        model: 3
        Loader {
            property int idx: index
            sourceComponent: Rectangle { width: 10 + idx; height: 4; Component.onCompleted: console.log("rect", idx, width) }
            onLoaded: console.log("loaded", idx)
        }
    }
    Component.onCompleted: {
        for (var i = 0; i < 3; i++)
            console.log(i, rep.itemAt(i).item.width, rep.itemAt(i).y, rep.itemAt(i).height)
        console.log("col", col.width, col.height)
        Qt.quit()
    }
}
