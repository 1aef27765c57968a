import QtQml

QtObject {
    function thrower() {
        throw new Error("boom")
    }
    Component.onCompleted: {
        try { thrower() } catch (e) {
            console.log(e.lineNumber, e.fileName, e.columnNumber, typeof e.stack)
            console.log(Object.keys(e), JSON.stringify(e))
        }
        try { null.x } catch (e) { console.log(e.lineNumber, e.fileName) }
        var made = new Error("not thrown")
        console.log(made.lineNumber, made.fileName)
        Qt.quit()
    }
}
