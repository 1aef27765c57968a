import QtQml

QtObject {
    function thrower() {
        throw new Error("boom")
    }
    Component.onCompleted: {
        try { thrower() } catch (e) {
            console.log(e.stack)
            console.log(Object.keys(e), JSON.stringify(e), e.hasOwnProperty("lineNumber"))
        }
        Qt.quit()
    }
}
