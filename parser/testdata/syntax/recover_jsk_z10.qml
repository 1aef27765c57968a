import QtQml
QtObject {
    property var v: f(a b)
}
