import QtQml

// Strict code assigning an undeclared name: Qt's Error "Invalid write to global property"; reading it first stays a ReferenceError.

QtObject {
    Component.onCompleted: {
        try { (function () { "use strict"; undeclaredA = 5 })() } catch (e) { console.log(e.name, e.message, e instanceof ReferenceError, e instanceof Error, e.stack.split("\n")[0].replace(/file:.*\//, "")) }
        try { (function () { "use strict"; undeclaredB += 1 })() } catch (e) { console.log(e.name, e.message) }
        try { (function () { "use strict"; return undeclaredC == 1 })() } catch (e) { console.log(e.name, e.message) }
        try { (function () { "use strict"; undeclaredD++ })() } catch (e) { console.log(e.name, e.message) }
        Qt.callLater(function () { Qt.exit(0) })
        ;(function () { "use strict"; undeclaredE = 1 })()
    }
}
