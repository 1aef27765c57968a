import QtQml
QtObject {
    property int
}
