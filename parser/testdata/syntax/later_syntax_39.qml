import QtQml
QtObject {
    property var v: f(1n)
    property int w: 2
}
