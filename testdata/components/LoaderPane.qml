import QtQuick
Item {
    property string label: "pane"
    width: 40; height: 30
    Component.onCompleted: console.log("Pane completed", label, parent === null ? "noparent" : "parent")
    Component.onDestruction: console.log("Pane destroyed", label)
}
