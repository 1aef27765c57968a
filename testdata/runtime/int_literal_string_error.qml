import QtQml

QtObject {
    property int i: "42"
    Component.onCompleted: Qt.quit()
}
