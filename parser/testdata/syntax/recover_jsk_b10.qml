import QtQml
QtObject {
    property var v: 'abc' 'def'
    property int z: 1
}
