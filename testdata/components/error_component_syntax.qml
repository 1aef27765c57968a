import QtQml

QtObject {
    property QtObject b: BrokenSyntax {}
    Component.onCompleted: Qt.quit()
}
