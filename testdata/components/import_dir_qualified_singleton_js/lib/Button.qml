import QtQml
QtObject {
    property string text: "button"
    property string color: Theme.color
    Component.onCompleted: console.log("Button", text, color)
}
