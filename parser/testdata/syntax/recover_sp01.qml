import QtQml
QtObject {
    property x: 1
}
