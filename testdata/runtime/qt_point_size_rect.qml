import QtQml

QtObject {
    property point p: Qt.point(1, 2.5)
    property size s: Qt.size(3, 4)
    property rect r: Qt.rect(1, 2, 30, 40)
    property point defaultPoint
    Component.onCompleted: {
        console.log(p, s, r)
        console.log(p.x, p.y, s.width, s.height, r.x, r.y, r.width, r.height, r.right, r.bottom)
        console.log(typeof p, JSON.stringify(p), p.toString())
        console.log(defaultPoint)
        console.log(Qt.point(1, 2) === Qt.point(1, 2), Qt.point(1, 2) == Qt.point(1, 2))
        p.x = 9
        console.log(p)
        Qt.quit()
    }
}
