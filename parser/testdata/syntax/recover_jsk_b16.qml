import QtQml
QtObject {
    property var v: if (a) else b
    property int z: 1
}
