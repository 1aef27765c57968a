import QtQml

QtObject {
    objectName: "a"
    onObjectNameChanged: console.log("objectNameChanged ->", objectName)
    Component.onCompleted: {
        console.log("completed", objectName)
        objectName = "b"
        objectName = "b"
        objectName = "c"
        Qt.quit()
    }
}
