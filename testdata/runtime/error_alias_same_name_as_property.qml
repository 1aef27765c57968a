import QtQml

QtObject {
    id: root
    property int size: 1
    property alias size: root.objectName
    Component.onCompleted: Qt.quit()
}
