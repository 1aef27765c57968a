import QtQml
QtObject {
    property int x
    x 5
}
