import QtQml

QtObject {
    property int value: 1 +* 2
    Component.onCompleted: Qt.quit()
}
