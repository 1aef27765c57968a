import QtQml

QtObject {
    Component.onCompleted: {
        console.log("exiting with 3")
        Qt.exit(3)
    }
}
