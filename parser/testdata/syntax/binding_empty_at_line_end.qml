import QtQml
QtObject {
    objectName:
}
