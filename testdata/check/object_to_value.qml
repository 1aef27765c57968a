import QtQml

QtObject {
    property int count: QtObject {}
    property string label: Timer {}
}
