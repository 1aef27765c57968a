import QtQml

QtObject {
    id: root
    signal moved(x: int, y: real, name: string)
    signal flagged(on: bool, payload: var)
    onMoved: function (x, y, name) { console.log("moved", x, y, name, typeof x, typeof name) }
    onFlagged: function (on, payload) { console.log("flagged", on, JSON.stringify(payload)) }
    Component.onCompleted: {
        moved(1, 2.5, "a")
        root.moved(-3, 0, "b")
        flagged(true, { k: [1, 2] })
        Qt.quit()
    }
}
