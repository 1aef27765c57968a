import QtQml

QtObject {
    signal s(first: int, second: string)
    onS: function (first, second) { console.log("function form", first, second, this === undefined) }
    Component.onCompleted: {
        s(1, "one")
        Qt.quit()
    }
}
