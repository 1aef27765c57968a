import QtQml

// A null constant cannot be assigned to a list of objects: the document does
// not load.
QtObject {
    property list<QtObject> kids: null
    Component.onCompleted: console.log("never")
}
