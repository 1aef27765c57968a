import QtQml

QtObject {
    property QtObject again: SelfRecursive {}
}
