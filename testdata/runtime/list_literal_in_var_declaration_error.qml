import QtQml

// Only a list<T> declaration takes `[ objects ]`; for a var declaration the
// '[' starts a JavaScript array, where an object's '{' is a syntax error.
QtObject {
    property int n: 1
    property var items: [
        QtObject { objectName: "a" },
        QtObject { objectName: "b" }
    ]
    Component.onCompleted: {
        console.log(items)
        Qt.quit()
    }
}
