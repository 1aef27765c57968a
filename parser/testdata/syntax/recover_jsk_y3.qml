import QtQml
QtObject {
    property var v: a.b c
}
