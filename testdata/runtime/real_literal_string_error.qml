import QtQml

QtObject {
    property real r: "1.5"
    Component.onCompleted: Qt.quit()
}
