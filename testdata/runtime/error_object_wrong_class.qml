import QtQml

QtObject {
    property Timer timer: QtObject {}
    Component.onCompleted: Qt.quit()
}
