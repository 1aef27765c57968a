import QtQml

QtObject {
    required property int count: 5
    Component.onCompleted: Qt.quit()
}
