import QtQml

QtObject {
    signal two(a: int, b: string)
    signal withVar(a: var, o: QtObject)
    onTwo: function (a, b) { console.log("two", a, JSON.stringify(b)) }
    onWithVar: function (a, o) { console.log("withVar", a, o) }
    Component.onCompleted: {
        try { two(1) } catch (e) { console.log("two(1) threw", e.name + ":", e.message) }
        try { withVar() } catch (e) { console.log("withVar() threw", e.name + ":", e.message) }
        Qt.quit()
        two()
        console.log("not reached")
    }
}
