import QtQml
QtObject {
    readonly int x: 1
}
