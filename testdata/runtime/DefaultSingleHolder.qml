import QtQml

QtObject {
    default property QtObject content
}
