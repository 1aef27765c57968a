import QtQml

QtObject {
    property url u: 5
    Component.onCompleted: Qt.quit()
}
