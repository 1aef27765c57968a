import QtQml

QtObject {
    signal moved(int, int)
    Component.onCompleted: Qt.quit()
}
