import QtQml

QtObject {
    enum Mode { on, off }
    Component.onCompleted: Qt.quit()
}
