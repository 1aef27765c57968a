import QtQml

QtObject {
    property int: 5
    Component.onCompleted: Qt.quit()
}
