import QtQml

QtObject {
    property list<QtObject> items: QtObject { objectName: "only" }

    Component.onCompleted: {
        console.log(items.length, items[0].objectName)
        items = [items[0], items[0]]
        Qt.quit()
    }
}
