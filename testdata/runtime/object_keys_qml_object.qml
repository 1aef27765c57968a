import QtQml

QtObject {
    id: root
    objectName: "r"
    property int a: 1
    property string b: "x"
    property var c: [1, 2]
    property QtObject child: QtObject { objectName: "kid"; property real z: 2.5 }
    readonly property int ro: a * 2
    property alias al: root.a
    signal s(int x)
    function m() {}
    Component.onCompleted: {
        console.log(Object.keys(root))
        console.log(Object.keys(child))
        console.log(JSON.stringify(root))
        console.log(JSON.stringify(child))
        var ks = []
        for (var k in child) ks.push(k)
        console.log(ks)
        console.log(Object.getOwnPropertyNames(child))
        console.log(root.hasOwnProperty("a"), root.hasOwnProperty("m"), "m" in root, "s" in root, "destroy" in root)
        console.log(typeof root.m, typeof root.s, typeof root.sChanged, typeof root.aChanged, typeof root.onS)
        console.log(Object.prototype.toString.call(root), root instanceof Object, root.constructor === Object)
        console.log(JSON.stringify({o: child, arr: [child]}))
        Qt.quit()
    }
}
