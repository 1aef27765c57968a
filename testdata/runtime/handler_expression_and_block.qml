import QtQml

QtObject {
    signal a(n: int)
    signal b(n: int)
    onA: console.log("expression handler")
    onB: {
        console.log("block handler line 1")
        console.log("block handler line 2")
    }
    Component.onCompleted: {
        a(1)
        b(2)
        Qt.quit()
    }
}
