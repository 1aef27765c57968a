import QtQml

QtObject {
    Component.onCompleted: Qt.quit()
}
QtObject {
}
