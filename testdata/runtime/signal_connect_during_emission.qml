import QtQml

QtObject {
    id: root
    signal s(n: int)
    function late(n) { console.log("late", n) }
    function early(n) {
        console.log("early", n)
        s.connect(late)
    }
    Component.onCompleted: {
        s.connect(early)
        s(1)
        s.disconnect(early)
        s(2)
        Qt.quit()
    }
}
