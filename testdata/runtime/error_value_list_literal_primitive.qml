import QtQml

QtObject {
    property list<string> names: "solo"
    Component.onCompleted: Qt.quit()
}
