import QtQml
QtObject {
    objectName: { a: 1
}
