import QtQml

QtObject {
    id: "root"
    objectName: "string id"
    property QtObject child: QtObject {
        Component.onCompleted: console.log("child sees", root.objectName)
    }
    Component.onCompleted: Qt.quit()
}
