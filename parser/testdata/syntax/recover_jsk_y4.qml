import QtQml
QtObject {
    property var v: a(1) c
}
