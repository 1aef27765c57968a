import QtQml

QtObject {
    property Shapes.Square sq: Shapes.Square { side: 3 }
    property Shapes.Circle ci: Shapes.Circle { r: 0.5 }
    property Shapes whole: Shapes {}
    Component.onCompleted: {
        console.log(sq.side, sq.area, sq.name())
        console.log(ci.r)
        console.log(whole.objectName, whole.defaultSquare.area)
        Qt.quit()
    }
}
