import QtQml
QtObject {
    signal
}
