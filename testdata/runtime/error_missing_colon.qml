import QtQml

QtObject {
    objectName "main"
    Component.onCompleted: Qt.quit()
}
