import QtQml

QtObject {
    property QtObject b: BrokenType {}
    Component.onCompleted: Qt.quit()
}
