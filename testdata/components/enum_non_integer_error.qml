import QtQml

QtObject {
    enum Mode { On = "x" }
    Component.onCompleted: Qt.quit()
}
