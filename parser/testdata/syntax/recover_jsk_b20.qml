import QtQml
QtObject {
    property var v: typeof
    property int z: 1
}
