import QtQml

// color is a QtGui type (QtQuick brings it): with only QtQml imported it is
// not a type and the document does not load.
QtObject {
    property color c: "red"
    Component.onCompleted: console.log("never", c)
}
