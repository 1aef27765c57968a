import QtQml

QtObject {
    id: root
    signal s(n: int)
    function named(n) { console.log("named", n) }
    Component.onCompleted: {
        var anon = function (n) { console.log("anon", n) }
        s.connect(named)
        s.connect(anon)
        s(1)
        s.disconnect(named)
        s(2)
        s.disconnect(anon)
        s(3)
        s.connect(named)
        s.connect(named)
        s(4)
        Qt.quit()
    }
}
