import QtQml

QtObject {
    property bool b: 1
    Component.onCompleted: Qt.quit()
}
