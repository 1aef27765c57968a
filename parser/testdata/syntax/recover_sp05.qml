import QtQml
QtObject {
    property int 5
}
