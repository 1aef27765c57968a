import QtQml
QtObject {
    property var v: !
    property int z: 1
}
