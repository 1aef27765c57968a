import QtQml

QtObject {
    Component.onCompleted: {
        console.log("plain string")
        console.log("")
        console.log("with \"quotes\" and\ttab")
        console.log("multi\nline")
        console.log(true, false)
        console.log(null, undefined)
        console.log()
        console.log("a", 1, true, null, undefined, "b")
        Qt.quit()
    }
}
