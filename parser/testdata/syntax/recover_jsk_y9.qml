import QtQml
QtObject {
    property var v: -a c
}
