import QtQml
QtObject {
    property var v: else a
    property int z: 1
}
