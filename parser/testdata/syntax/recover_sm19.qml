import QtQml
QtObject {
    objectName: [1, 2
}
