import QtQml

QtObject {
    id: Root
    Component.onCompleted: Qt.quit()
}
