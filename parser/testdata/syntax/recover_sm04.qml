import QtQml
QtObject {
    foo true
}
