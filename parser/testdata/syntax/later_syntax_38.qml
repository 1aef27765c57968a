import QtQml
QtObject {
    property var v: 1n + 1
}
