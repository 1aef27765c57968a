import QtQml

QtObject {
    required property int size
    required property string label
    Component.onCompleted: console.log("RequiredHolder completed", size, label)
}
