import QtQml
QtObject {
    property int: 1
}
