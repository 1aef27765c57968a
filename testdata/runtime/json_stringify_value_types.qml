import QtQml

QtObject {
    id: root
    objectName: "r"
    property point p: Qt.point(1, 2)
    property size sz: Qt.size(3, 4)
    property rect rc: Qt.rect(1, 2, 3, 4)
    property url u: "x.qml"
    property date d: new Date(0)
    property var v: ({ n: 1 })
    property list<int> li: [1, 2]
    property QtObject child: QtObject { objectName: "c"; property int k: 9 }
    Component.onCompleted: {
        console.log(JSON.stringify(p), JSON.stringify(sz), JSON.stringify(rc))
        console.log(JSON.stringify(u), JSON.stringify(d), JSON.stringify(li))
        console.log(JSON.stringify(child))
        console.log(JSON.stringify({ p: p, child: child }))
        console.log(JSON.stringify(root).length > 10)
        console.log(typeof p, typeof sz, typeof rc, typeof u, typeof d)
        console.log(p.x + sz.width + rc.width, String(u).length > 0, u.toString() === String(u))
        console.log(Object.keys(p), Object.keys(rc))
        Qt.quit()
    }
}
