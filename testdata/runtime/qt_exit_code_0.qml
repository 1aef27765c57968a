import QtQml

QtObject {
    Component.onCompleted: {
        console.log("exiting with 0")
        Qt.exit(0)
    }
}
