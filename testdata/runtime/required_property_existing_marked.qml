import QtQml

QtObject {
    property QtObject inner: QtObject {
        required objectName
    }
    Component.onCompleted: Qt.quit()
}
