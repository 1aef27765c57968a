import QtQml

QtObject {
    objectName: "a"
    objectName: "b"
    Component.onCompleted: Qt.quit()
}
