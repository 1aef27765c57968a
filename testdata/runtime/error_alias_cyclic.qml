import QtQml

QtObject {
    id: root
    property alias first: root.second
    property alias second: root.first
    nothere: 1
    Component.onCompleted: Qt.quit()
}
