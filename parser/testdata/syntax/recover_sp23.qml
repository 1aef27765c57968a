import QtQml
QtObject {
    property int x: 1 property int y: 2
}
