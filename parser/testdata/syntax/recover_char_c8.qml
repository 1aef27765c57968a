import QtQml
QtObject {
    objectName: a \ b
}
