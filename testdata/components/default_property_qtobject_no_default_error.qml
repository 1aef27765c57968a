import QtQml

QtObject {
    QtObject { objectName: "child" }
    Component.onCompleted: Qt.quit()
}
