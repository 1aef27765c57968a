import QtQml

QtObject {
    id: root
    property Component d: Component { NeedsTwo { name: "inDecl" } }
    Component.onCompleted: {
        var i = d.incubateObject(root)
        console.log("i", i.status, i.object)
        var j = d.incubateObject(root, {age: 3})
        console.log("j", j.status, j.object)
        var b = d.createObject(root, {age: 4})
        console.log("b", b)
        Qt.quit()
    }
}
