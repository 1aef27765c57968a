import QtQml

QtObject {
    signal s(first: int, second: string, third: bool)
    onS: function (first) { console.log("only first", first, arguments.length) }
    Component.onCompleted: {
        s(1, "x", true)
        Qt.quit()
    }
}
