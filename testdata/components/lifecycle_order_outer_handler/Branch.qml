import QtQml
QtObject {
    id: branch
    property string tag: "branch"
    property Leaf first: Leaf { tag: branch.tag + ".first" }
    property Leaf second: Leaf { tag: branch.tag + ".second" }
    Component.onCompleted: console.log("completed", tag)
    Component.onDestruction: console.log("destruction", tag)
}
