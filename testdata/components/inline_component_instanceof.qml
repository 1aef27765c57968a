import QtQml

QtObject {
    id: root
    component Cell: QtObject { property int row }
    component Big: Cell { }
    property Cell a: Cell {}
    property Big b: Big {}
    property QtObject w: Widget {}
    Component.onCompleted: {
        console.log(a instanceof Cell, b instanceof Cell, b instanceof Big, a instanceof QtObject)
        console.log(w instanceof Widget, w instanceof QtObject, root instanceof QtObject, a instanceof Widget)
        console.log(typeof Cell, String(Cell), typeof Widget, String(Widget).replace(/0x[0-9a-f]+/, "0x0"))
        Qt.quit()
    }
}
