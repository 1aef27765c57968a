import QtQml
QtObject {
    foo {
}
