import QtQml

QtObject {
    id: Root
    property int Width
    property QtObject logger: QtObject { id: console }
    property QtObject helper: QtObject { id: $helper }
    Component.onCompleted: Qt.quit()
}
