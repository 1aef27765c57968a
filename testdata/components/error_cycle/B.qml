import QtQml

QtObject {
    objectName: "B"
    property QtObject a: A {}
}
