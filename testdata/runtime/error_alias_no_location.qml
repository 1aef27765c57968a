import QtQml

QtObject {
    id: root
    property alias label
    property alias count: 5
    property alias sum: root.a + root.b
    property alias child: QtObject {}
    Component.onCompleted: Qt.quit()
}
