import QtQml

QtObject {
    property int i: true
    Component.onCompleted: Qt.quit()
}
