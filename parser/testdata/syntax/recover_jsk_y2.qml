import QtQml
QtObject {
    objectName: a.b c
}
