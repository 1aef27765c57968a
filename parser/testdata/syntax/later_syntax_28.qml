import QtQml
QtObject {
    property int w: 1_0
    property int v: 2
}
