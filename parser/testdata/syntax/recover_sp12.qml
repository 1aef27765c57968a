import QtQml
QtObject {
    propery int x: 1
}
