import QtQml
// Initial properties: createObject's map is set in name order, reaches
// read-only properties and dotted paths, and reports failures after all;
// incubateObject (and the untyped createObject) assigns them as JavaScript
// does, in the object's order, reporting each failure with the caller's line.
QtObject {
    id: root
    property Component comp: Component {
        id: c
        QtObject {
            property int n: 1
            property string s
            readonly property int ro: 3
            property QtObject child: QtObject { property int m: 0 }
            Component.onCompleted: console.log("completed", n, s, ro, child.m)
        }
    }
    Component.onCompleted: {
        var props = {zz: 1, n: "abc", s: 5, ro: 4, "child.m": 9}
        var a = c.createObject(root, props)
        console.log("typed", a.n, a.s, a.ro, a.child.m)
        var b = c.createObject(root, props, 7)
        console.log("untyped", b.n, b.s, b.ro, b.child.m)
        var i = c.incubateObject(root, props)
        console.log("incubated", i.status, i.object.n, i.object.s, i.object.ro, i.object.child.m)
        console.log(c.incubateObject(root, 5), c.incubateObject(root, [1]))
        var j = c.incubateObject(root, null)
        console.log("null properties", j.status, j.object.n)
        Qt.quit()
    }
}
