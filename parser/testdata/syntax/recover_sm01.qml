import QtQml
QtObject {
    objectName "x"
}
