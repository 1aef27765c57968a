import QtQml
QtObject {
    property var v: a.b(
    property int z: 1
}
