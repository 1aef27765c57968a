import QtQml

QtObject {
    Component.onCompleted: {
        console.log("exiting with 255")
        Qt.exit(255)
    }
}
