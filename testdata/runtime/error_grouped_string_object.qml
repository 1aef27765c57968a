import QtQml

QtObject {
    objectName { text: "x" }
    Component.onCompleted: Qt.quit()
}
