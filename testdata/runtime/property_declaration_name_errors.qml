import QtQml

// Property names start lower case and a required property has no
// initializer: Qt reports every such declaration and loads nothing.
QtObject {
    property int Count: 1
    readonly required property int limit: 3
    property QtObject child: QtObject {
        property list<QtObject> Items
    }
    property string fine: "ok"
    Component.onCompleted: {
        console.log("not reached")
        Qt.quit()
    }
}
