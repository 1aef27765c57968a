import QtQml

QtObject {
    property list<QtObject> l: 5
    Component.onCompleted: Qt.quit()
}
