import QtQml

QtObject {
    objectName: "A"
    property QtObject b: B {}
}
