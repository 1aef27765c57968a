import QtQml
QtObject {
    enum Mode { Off, readonly }
}
