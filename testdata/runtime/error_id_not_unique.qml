import QtQml

QtObject {
    id: root
    property QtObject a: QtObject { id: same }
    property QtObject b: QtObject { id: same }
    Component.onCompleted: Qt.quit()
}
