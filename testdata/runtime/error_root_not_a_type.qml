import QtQml

NoSuchType {
    Component.onCompleted: Qt.quit()
}
