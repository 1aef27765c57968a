import QtQml

QtObject {
    signal typed(n: int, r: real, s: string, b: bool)
    onTyped: function (n, r, s, b) {
        console.log(JSON.stringify([n, r, s, b]), typeof n, typeof r, typeof s, typeof b)
    }
    Component.onCompleted: {
        typed(4.7, "2.5", 12, "yes")
        typed("9", true, null, 0)
        Qt.quit()
    }
}
