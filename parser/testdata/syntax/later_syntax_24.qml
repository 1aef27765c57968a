import QtQml
QtObject {
    property int w: 1_0
}
