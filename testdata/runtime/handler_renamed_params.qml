import QtQml

QtObject {
    signal s(first: int, second: string)
    onS: function (x, y) { console.log("renamed", x, y) }
    Component.onCompleted: {
        s(5, "five")
        Qt.quit()
    }
}
