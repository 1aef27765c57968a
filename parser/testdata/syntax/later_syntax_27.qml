import QtQml
QtObject {
    property int v: 1n
}
