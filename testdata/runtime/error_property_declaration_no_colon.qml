import QtQml

QtObject {
    property int count = 5
    Component.onCompleted: Qt.quit()
}
