import QtQml

QtObject {
    objectName: "root"
    Component.onCompleted: {
        console.log("onCompleted", objectName)
        Qt.quit()
        console.log("still in onCompleted after Qt.quit()")
    }
    Component.onDestruction: console.log("onDestruction", objectName)
}
