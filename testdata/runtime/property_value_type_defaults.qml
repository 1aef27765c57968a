import QtQml

// Default values of size, rect, point, url and date properties (QSizeF() is -1 x -1).

QtObject {
    property size s
    property rect r
    property point p
    property url u
    property date d
    Component.onCompleted: { console.log(s, r, p, JSON.stringify(u), d); Qt.exit(0) }
}
