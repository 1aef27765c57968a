import QtQml 2.
QtObject {
    Component.onCompleted: Qt.quit()
}
