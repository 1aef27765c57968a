import QtQml
QtObject {
    property int x: 1;;
}
