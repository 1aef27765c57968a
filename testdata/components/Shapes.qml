import QtQml

QtObject {
    objectName: "shapes"
    component Square: QtObject {
        property int side: 2
        property int area: side * side
        function name() { return "square" }
    }
    component Circle: QtObject {
        property real r: 1
    }
    property Square defaultSquare: Square { side: 5 }
}
