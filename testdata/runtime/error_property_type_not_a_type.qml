import QtQml

QtObject {
    property Missing thing
    Component.onCompleted: Qt.quit()
}
