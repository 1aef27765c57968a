import QtQml
QtObject {
    objectName: 1n
    property int v: 2
}
