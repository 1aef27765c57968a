import QtQml

QtObject {
    property string color: Theme.color
    Component.onCompleted: Theme.instances++
}
