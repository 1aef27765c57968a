import QtQml

QtObject {
    id: main.window
    Component.onCompleted: Qt.quit()
}
