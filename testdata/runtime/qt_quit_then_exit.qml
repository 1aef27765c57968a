import QtQml

QtObject {
    Component.onCompleted: {
        Qt.quit()
        Qt.exit(4)
        console.log("quit then exit(4)")
    }
}
