import QtQml
QtObject {
    property var w: x ??= 2
}
