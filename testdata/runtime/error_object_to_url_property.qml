import QtQml

QtObject {
    property url source: QtObject { objectName: "x" }
    Component.onCompleted: Qt.quit()
}
