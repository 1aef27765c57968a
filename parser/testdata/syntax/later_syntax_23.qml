import QtQml
QtObject {
    property int v: 1n
    property int w: 1_0
}
