import QtQml

QtObject {
    id: root
    signal s(n: int)
    onS: function (n) { console.log("got", n) }
    Component.onCompleted: {
        console.log(typeof s, typeof s.connect, typeof s.disconnect)
        var f = s
        f(5)
        root["s"](6)
        s.call(root, 7)
        Qt.quit()
    }
}
