import QtQml

QtObject {
    required property string name
    property int count: 0
    Component.onCompleted: console.log("NeedsName completed", JSON.stringify(name))
}
