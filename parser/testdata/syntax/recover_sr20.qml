import QtQml
QtObject {
    property int x: 1 ^^ 2
}
