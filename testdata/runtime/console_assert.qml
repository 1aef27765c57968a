import QtQml

QtObject {
    Component.onCompleted: {
        console.assert(true, "not printed")
        console.assert(1 === 1)
        console.log("after passing asserts")
        console.assert(false, "assertion message", 42)
        console.log("after failing assert")
        console.assert(0)
        console.log("after failing assert without message")
        Qt.quit()
    }
}
