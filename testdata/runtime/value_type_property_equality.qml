import QtQml

// == and === compare url and point properties by value in Qt (goja compares objects by identity: known failure).

QtObject {
    id: root
    property url a: "http://x/"
    property url b: "http://x/"
    property point p1: Qt.point(1, 2)
    property point p2: Qt.point(1, 2)
    property var arr: [1, 2]
    property var arr2: arr
    property QtObject o1: root
    property date d1: new Date(2020, 1, 1)
    property date d2: new Date(2020, 1, 1)
    property string s1: "abc"
    Component.onCompleted: {
        console.log(a == b, a === b, a == "http://x/", a.toString() === b.toString(), String(a) == String(b))
        console.log(p1 == p2, p1 === p2, p1 == p1, p1.x === p2.x)
        console.log(arr == arr2, arr === arr2, o1 === root, o1 == root)
        console.log(d1 == d2, d1 === d2, d1.getTime() === d2.getTime(), d1 - d2)
        console.log(s1 == "abc", s1 === "abc", typeof s1, typeof a, typeof p1, typeof d1)
        var a2 = a; console.log(a2 === a, a2 == a)
        var pp = p1; pp.x = 5; console.log(p1.x, pp.x)
        Qt.exit(0)
    }
}
