import QtQml

QtObject {
    property date when: "someday"
    Component.onCompleted: Qt.quit()
}
