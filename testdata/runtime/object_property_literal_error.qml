import QtQml

QtObject {
    property QtObject o: 5
    Component.onCompleted: Qt.quit()
}
