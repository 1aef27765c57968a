import QtQml

QtObject {
    property QtObject child: QtObject {
        objectName: "ok"
        nope: "value"
    }
    Component.onCompleted: Qt.quit()
}
