import QtQml
QtObject {
    property var v: a[0] c
}
