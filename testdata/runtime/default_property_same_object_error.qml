import QtQml

QtObject {
    id: root
    default property list<QtObject> kids
    QtObject { objectName: "one"; Component.onCompleted: console.log("one completed", root.kids.length) }
    QtObject { objectName: "two" }
    Component.onCompleted: {
        console.log(kids.length, kids[0].objectName, kids[1].objectName)
        Qt.quit()
    }
}
