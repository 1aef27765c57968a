import QtQml
QtObject {
    property var x: { "a": 1; }
}
