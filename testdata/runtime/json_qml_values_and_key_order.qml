import QtQml

// JSON of QML objects and value types, for-in and key order.

QtObject {
    id: root
    objectName: "r"
    property int n: 3
    property var list: [1, "a", { x: null }]
    property point pt: Qt.point(1, 2)
    property date when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5))
    property url link: "http://a/b"
    property list<QtObject> kids: [QtObject { objectName: "k" }]
    signal s(int a)
    function f() {}
    Component.onCompleted: {
        console.log(JSON.stringify(root).length > 10, Object.keys(JSON.parse(JSON.stringify(root))).sort().join(","))
        console.log(JSON.stringify(list), JSON.stringify(pt), JSON.stringify(when), JSON.stringify(link), JSON.stringify(kids))
        console.log(JSON.stringify({ o: root }).indexOf("objectName") >= 0, JSON.stringify([root.s, root.f, undefined]))
        var copy = JSON.parse(JSON.stringify({ p: pt, d: when, u: link }))
        console.log(typeof copy.p, JSON.stringify(copy))
        for (var k in { b: 1, a: 2, 10: "x", 2: "y" }) console.log("key", k)
        var o = Object.create({ inherited: 1 }); o.own = 2
        var ks = []; for (var k2 in o) ks.push(k2); console.log(ks, Object.keys(o), JSON.stringify(o))
        console.log(Object.getOwnPropertyNames(root).length > 0, typeof root.objectNameChanged, typeof root.nChanged, typeof root.s.connect)
        Qt.exit(0)
    }
}
