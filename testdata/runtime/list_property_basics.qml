import QtQml

QtObject {
    id: root
    property list<QtObject> items: [
        QtObject { objectName: "first" },
        QtObject { objectName: "second" }
    ]
    property list<QtObject> empty
    property QtObject extra: QtObject { objectName: "extra" }
    Component.onCompleted: {
        console.log(items.length, empty.length, typeof items)
        console.log(items[0].objectName, items[1].objectName, items[2])
        items.push(extra)
        console.log(items.length, items[2].objectName)
        empty = [extra, extra]
        console.log(empty.length)
        empty = []
        console.log(empty.length)
        Qt.quit()
    }
}
