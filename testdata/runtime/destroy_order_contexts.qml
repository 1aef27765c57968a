import QtQml
// destroy() of a component instance: its context's objects run
// Component.onDestruction last created first, then the instances made as
// its children (their own contexts), as Qt deletes the tree.
QtObject {
    id: root
    property Component comp: Component {
        QtObject {
            id: r
            property string name
            Component.onDestruction: console.log("R", name)
            property QtObject c1: QtObject { Component.onDestruction: console.log("c1 of", r.name) }
            property QtObject c2: QtObject {
                Component.onDestruction: console.log("c2 of", r.name)
                property QtObject c21: QtObject { Component.onDestruction: console.log("c21 of", r.name) }
            }
        }
    }
    Component.onCompleted: {
        var a = comp.createObject(root, {name: "a"})
        var x = comp.createObject(a, {name: "x (child of a)"})
        var y = comp.createObject(a.c2, {name: "y (child of a.c2)"})
        a.destroy()
        Qt.callLater(() => { console.log("---"); Qt.quit() })
    }
}
