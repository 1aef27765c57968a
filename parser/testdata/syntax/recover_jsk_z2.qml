import QtQml
QtObject {
    objectName: a b
    width: 5
}
