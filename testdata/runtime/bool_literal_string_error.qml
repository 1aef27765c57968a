import QtQml

QtObject {
    property bool b: "true"
    Component.onCompleted: Qt.quit()
}
