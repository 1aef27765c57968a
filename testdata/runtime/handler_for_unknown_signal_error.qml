import QtQml

QtObject {
    onNoSuchSignal: console.log("never")
    Component.onCompleted: Qt.quit()
}
