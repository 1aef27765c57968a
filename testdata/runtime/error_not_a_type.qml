import QtQml

QtObject {
    property QtObject child: Rectangle { }
    Component.onCompleted: Qt.quit()
}
