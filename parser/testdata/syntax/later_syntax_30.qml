import QtQml
QtObject {
    property int v: 2
    property int w: 1n
}
