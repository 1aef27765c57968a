import QtQml

QtObject {
    id: root
    property list<QtObject> kids
    property Component c: Component { NeedsTwo { } }
    property Component d: Component { NeedsTwo { name: "inDecl" } }
    Component.onCompleted: {
        var a = c.createObject(root, { name: "x" })
        console.log("a", a)
        var b = d.createObject(root)
        console.log("b", b)
        var i = d.incubateObject(root)
        console.log("i", i.status, i.object)
        Qt.quit()
    }
}
