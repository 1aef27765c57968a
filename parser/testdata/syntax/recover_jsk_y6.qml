import QtQml
QtObject {
    property var v: "s" c
}
