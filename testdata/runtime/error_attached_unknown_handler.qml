import QtQml

QtObject {
    Component.onReady: console.log("never")
    Component.onCompleted: Qt.quit()
}
