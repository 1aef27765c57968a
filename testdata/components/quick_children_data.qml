import QtQuick
Item {
    id: root
    objectName: "root"
    Item { id: a; objectName: "a"; z: 2 }
    Item { id: b; objectName: "b"; z: 1 }
    QtObject { id: q; objectName: "q" }
    Item { id: c; objectName: "c" }
    Component { id: comp; Item { objectName: "made" } }
    function names(l) { var s = []; for (var i = 0; i < l.length; i++) s.push(l[i].objectName); return s.join(",") }
    onChildrenChanged: console.log("root childrenChanged", names(children))
    Component.onCompleted: {
        console.log("children", names(children), "data", names(data), "resources", names(resources))
        var m = comp.createObject(root)
        console.log("after create", names(children), names(data), m.parent === root)
        var m2 = comp.createObject(a, {objectName: "made2"})
        console.log("a children", names(a.children), m2.parent === a)
        var m3 = comp.createObject(null)
        console.log("null parent", m3.parent)
        m3.parent = root
        console.log("set parent", names(root.children))
        b.parent = a
        console.log("b to a", names(root.children), names(a.children))
        a.data.push(c)
        console.log("push data", names(root.children), names(a.children), c.parent.objectName)
        m.destroy()
        Qt.callLater(function() {
            console.log("after destroy", names(root.children))
            console.log(root.children[0], q)
            console.log(a)
            root.resources.push(Qt.createQmlObject('import QtQml; QtObject { objectName: "r2" }', root))
            console.log("resources", names(root.resources), names(root.data))
            Qt.quit()
        })
    }
}
