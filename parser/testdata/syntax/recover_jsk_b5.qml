import QtQml
QtObject {
    property var v: {a: 1
    property int z: 1
}
