import QtQml

QtObject {
    signal typed(n: int, o: QtObject)
    onTyped: function (n, o) { console.log("typed", n, o) }
    Component.onCompleted: {
        Qt.quit()
        typed({}, null)
        console.log("after first")
        typed("abc", 5)
        console.log("after second")
    }
}
