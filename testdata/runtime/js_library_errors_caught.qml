import QtQml

// Errors caught inside and outside a .pragma library file: messages, fileName, lineNumber, stack.
import "js_library_errors_helper.js" as Lib

QtObject {
    property int total: Lib.sum(1, 2, 3)
    Component.onCompleted: {
        console.log(total, Lib.risky(null), Lib.risky({ value: 4 }))
        try { Lib.thrower() } catch (e) { console.log(e.message, e.fileName.split("/").pop(), e.lineNumber, e.stack.split("\n").length) }
        console.log(Lib.counter, typeof Lib.thrower, Lib.nothing)
        Lib.thrower()
    }
    Component.onDestruction: console.log("bye")
    property Timer t: Timer { running: true; interval: 1; onTriggered: Qt.exit(0) }
}
