import QtQml

QtObject {
    signal s(value: int)
    onS: console.log("handler that does not read its parameter")
    Component.onCompleted: {
        s(1)
        Qt.quit()
    }
}
