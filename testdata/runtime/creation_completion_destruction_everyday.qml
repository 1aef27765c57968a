import QtQml

// Creation order: bindings, completion handlers of children, list items, dynamic objects; destruction order.

QtObject {
    id: root
    objectName: "root"
    property int a: { console.log("eval a"); return 1 }
    property int b: { console.log("eval b, a =", a); return a + 1 }
    property QtObject first: QtObject {
        objectName: "first"
        property int x: { console.log("eval first.x, root.b =", root.b); return root.b }
        Component.onCompleted: console.log("completed first", x)
        Component.onDestruction: console.log("destruction first")
    }
    property list<QtObject> items: [
        QtObject { objectName: "i0"; Component.onCompleted: console.log("completed i0") },
        QtObject { objectName: "i1"; Component.onCompleted: console.log("completed i1") }
    ]
    property Component comp: Component {
        QtObject {
            property int n: 0
            Component.onCompleted: console.log("completed dynamic", n)
            Component.onDestruction: console.log("destruction dynamic", n)
        }
    }
    property QtObject second: QtObject {
        objectName: "second"
        Component.onCompleted: { console.log("completed second"); root.a = 10 }
    }
    onAChanged: console.log("a changed", a, b)
    Component.onCompleted: {
        console.log("completed root", a, b, first.x)
        var o1 = comp.createObject(root, { n: 1 })
        var o2 = comp.createObject(null, { n: 2 })
        console.log("created", o1.n, o2.n)
        o1.destroy(); o2.destroy(10)
        var t = Qt.createQmlObject("import QtQml; Timer { interval: 30; running: true; onTriggered: Qt.quit() }", root)
    }
    Component.onDestruction: console.log("destruction root")
}
