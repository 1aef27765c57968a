import QtQml

Timer {
    interval: QtObject {}
    Component.onCompleted: Qt.quit()
}
