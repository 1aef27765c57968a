import QtQml
QtObject {
    property var v: a,
    property int z: 1
}
