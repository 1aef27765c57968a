import QtQml

QtObject {
    id: root
    component Cell: QtObject {
        id: cell
        required property int row
        property alias tag: inner.objectName
        property QtObject inner: QtObject { id: inner; objectName: "in" + cell.row }
        signal picked(int r)
        function describe() { return "cell " + row + " " + tag }
        default property list<QtObject> extras
    }
    component BigCell: Cell {
        property int size: row * 10
        onPicked: (r) => console.log("BigCell picked", r, size)
    }
    property Cell a: Cell { row: 1; QtObject {} QtObject {} }
    property BigCell b: BigCell { row: 2 }
    property Component f: Component { BigCell { row: 9 } }
    Component.onCompleted: {
        console.log(a.describe(), a.extras.length, b.describe(), b.size, b instanceof Cell)
        b.picked(5)
        var o = f.createObject(root)
        console.log(o.describe(), o.size, String(o).split("(")[0])
        Qt.quit()
    }
}
