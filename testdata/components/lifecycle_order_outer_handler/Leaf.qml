import QtQml
QtObject {
    property string tag: "leaf"
    Component.onCompleted: console.log("completed", tag)
    Component.onDestruction: console.log("destruction", tag)
}
