import QtQml
QtObject {
    property var v: 1 2
    property int z: 1
}
