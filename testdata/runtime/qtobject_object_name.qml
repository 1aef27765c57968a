import QtQml

QtObject {
    id: root
    objectName: "rootObject"
    property QtObject child: QtObject { objectName: "childObject" }
    property QtObject unnamed: QtObject {}
    Component.onCompleted: {
        console.log(root.objectName, typeof root.objectName)
        console.log(child.objectName)
        console.log(JSON.stringify(unnamed.objectName), unnamed.objectName.length)
        root.objectName = "renamed"
        console.log(objectName)
        Qt.quit()
    }
}
