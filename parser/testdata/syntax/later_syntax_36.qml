import QtQml
QtObject {
    Component.onCompleted: { var v = 1n }
}
