import QtQml

QtObject {
    property int x: 1
    property alias a: x + 1
    Component.onCompleted: Qt.quit()
}
