import QtQml

QtObject {
    property string s: 42
    Component.onCompleted: Qt.quit()
}
