import QtQml
QtObject {
    id: root
    property Branch a: Branch { tag: "a" }
    property Leaf b: Leaf { tag: "b" }
    property Branch c: Branch { tag: "c" }
    property var made: []
    Component.onCompleted: {
        console.log("completed root")
        var comp = Qt.createComponent("Branch.qml")
        made.push(comp.createObject(root, {tag: "dyn1"}))
        made.push(comp.createObject(null, {tag: "dyn2"}))
        console.log("created")
        Qt.quit()
    }
    Component.onDestruction: console.log("destruction root")
}
