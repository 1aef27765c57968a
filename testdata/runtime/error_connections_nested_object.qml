import QtQml

Connections {
    onFooBar: QtObject {}
    Component.onCompleted: Qt.quit()
}
