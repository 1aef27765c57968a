import QtQml
QtObject {
    property var v: a b(1)
}
