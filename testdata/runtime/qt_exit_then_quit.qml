import QtQml

QtObject {
    Component.onCompleted: {
        Qt.exit(6)
        Qt.quit()
        console.log("exit(6) then quit")
    }
}
