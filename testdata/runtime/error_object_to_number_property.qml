import QtQml

QtObject {
    property real ratio: QtObject {}
    Component.onCompleted: Qt.quit()
}
