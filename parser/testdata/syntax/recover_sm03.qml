import QtQml
QtObject {
    foo 5
}
