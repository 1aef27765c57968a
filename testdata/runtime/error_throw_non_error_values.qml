import QtQml

QtObject {
    signal a
    signal b
    signal c
    onA: { throw 42 }
    onB: { throw { code: 1 } }
    onC: { throw null }
    Component.onCompleted: {
        a()
        b()
        c()
        console.log("done")
        Qt.quit()
    }
}
