import QtQml

QtObject {
    Component.onCompleted: {
        console.timeEnd("neverStarted")
        console.log("after timeEnd of unknown label")
        Qt.quit()
    }
}
