import QtQml
QtObject {
    objectName: foo(
}
