import QtQml
import "scope_global_writes_js.js" as Lib

// Every write to a global throws, new names and built-ins alike; reads,
// members of built-ins and defineProperty on the global object work. An
// uncaught one is reported and the program goes on.
QtObject {
    id: root
    property int z: 0
    function f() { fnLeak = 3; return fnLeak }
    Component.onCompleted: {
        try { x = 5; console.log("x", x) } catch (e) { console.log("1", e.name, e.message) }
        try { console.log(f()) } catch (e) { console.log("2", e.name, e.message) }
        try { console.log(typeof undeclared) } catch (e) { console.log("3", e.name, e.message) }
        try { console.log(undeclared2) } catch (e) { console.log("4", e.name, e.message) }
        try { for (i = 0; i < 2; i++) {} console.log("i", i) } catch (e) { console.log("5", e.name, e.message) }
        try { console.log(Lib.setUndeclared()) } catch (e) { console.log("6", e.name, e.message) }
        try { Math = 3; console.log("Math", typeof Math) } catch (e) { console.log("7", e.name, e.message) }
        try { JSON.extra = 1; console.log("JSON.extra", JSON.extra) } catch (e) { console.log("8", e.name, e.message) }
        var h = function () { return this }
        try { Object.defineProperty(h(), "dp", {value: 1}); console.log("dp", dp) } catch (e) { console.log("9", e.name, e.message) }
        try { eval("evalLeak = 2"); console.log("eval", evalLeak) } catch (e) { console.log("10", e.name, e.message) }
        try { print = 5 } catch (e) { console.log("11", e.name, e.message) }
        z = 1
        console.log("after the handler, z =", z)
        Qt.quit()
    }
    onZChanged: { zLeak = 1; console.log("not reached") }
}
