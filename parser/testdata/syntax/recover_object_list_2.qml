import QtQml
QtObject {
    property var l: [QtObject {}]
}
