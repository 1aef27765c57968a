import QtQml

// The stack, fileName and lineNumber of a caught error, in Qt's form.

QtObject {
    id: root
    property int b: { try { null.x } catch (e) { console.log("B", e.stack) } return 1 }
    function thrower() { throw new Error("boom") }
    function deep(f) { return f() }
    signal sig()
    onSig: { try { deep(function () { thrower() }) } catch (e) { console.log("S", e.stack) } }
    Component.onCompleted: {
        try { thrower() } catch (e) {
            console.log(Object.getOwnPropertyNames(e), e.lineNumber, e.fileName)
        }
        try { [1].map(function (v) { return v.a.b }) } catch (e) { console.log("M", e.stack, e.message) }
        try { deep(() => thrower()) } catch (e) { console.log("A", e.stack) }
        sig()
        Qt.exit(0)
    }
}
