import QtQml

// Qt.quit takes no argument and Qt.exit exactly one: others throw, and
// nothing quits.
QtObject {
    Component.onCompleted: {
        try { Qt.quit(5); console.log("quit(5) returned") } catch (e) { console.log("quit(5):", e.message) }
        try { Qt.exit(); console.log("exit() returned") } catch (e) { console.log("exit():", e.message) }
        try { Qt.exit(1, 2); console.log("exit(1, 2) returned") } catch (e) { console.log("exit(1, 2):", e.message) }
        Qt.quit(undefined)
        console.log("quit(undefined) returned")
        Qt.exit(4, undefined)
        console.log("exit(4, undefined) returned")
    }
}
