import QtQml

QtObject {
    signal ping(int count, string text)
    signal bare
    signal empty()
    onPing: function (count, text) { console.log("ping", count, text) }
    onBare: console.log("bare")
    onEmpty: console.log("empty")
    Component.onCompleted: {
        ping(3, "three")
        bare()
        empty()
        Qt.quit()
    }
}
