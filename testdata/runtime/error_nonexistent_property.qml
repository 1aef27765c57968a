import QtQml

QtObject {
    id: root
    p: 5
    Component.onCompleted: Qt.quit()
}
