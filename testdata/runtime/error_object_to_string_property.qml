import QtQml

QtObject {
    objectName: QtObject {}
    Component.onCompleted: Qt.quit()
}
