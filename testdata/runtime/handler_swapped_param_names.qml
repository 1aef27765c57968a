import QtQml

QtObject {
    signal s(first: int, second: string)
    onS: function (second, first) { console.log("positional:", "second =", second, "first =", first) }
    Component.onCompleted: {
        s(1, "b")
        Qt.quit()
    }
}
