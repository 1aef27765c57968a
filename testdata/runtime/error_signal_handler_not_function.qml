import QtQml

QtObject {
    signal s
    onS: 5
    Component.onCompleted: {
        s()
        console.log("handler with a plain value ran")
        Qt.quit()
    }
}
