import QtQml

QtObject {
    signal one(a: int)
    onOne: function (a, b) { console.log("one", a, b, arguments.length) }
    Component.onCompleted: {
        one(1, 2, 3)
        Qt.quit()
    }
}
