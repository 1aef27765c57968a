import QtQml

QtObject {
    property list<QtObject> items
    items.count: 1
    Component.onCompleted: Qt.quit()
}
