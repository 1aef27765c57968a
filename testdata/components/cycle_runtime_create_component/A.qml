import QtQml

QtObject {
    objectName: "A"
    property int depth: 0
    property QtObject b: B { depth: 1 }
}
