import QtQml

// `name: [ objects ]` needs a list property: a var property is singular.
// The error points at the first object.
QtObject {
    property var items
    items: [
        QtObject { objectName: "a" },
        QtObject { objectName: "b" }
    ]
    Component.onCompleted: {
        console.log(items)
        Qt.quit()
    }
}
