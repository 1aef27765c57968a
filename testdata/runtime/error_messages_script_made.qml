import QtQml

// Errors a script makes itself keep their messages, even when worded like the engine's.

QtObject {
    function mk() { return new TypeError("Value is not a constructor") }
    Component.onCompleted: {
        try { throw new TypeError("Cannot read property 'x' of undefined") } catch (e) { console.log(e.message) }
        try { throw new TypeError("cb is not a function") } catch (e) { console.log(e.message) }
        try { throw mk() } catch (e) { console.log(e.message) }
        try { var E = TypeError; throw new E("Object has no member 'q'") } catch (e) { console.log(e.message) }
        try { throw TypeError("No initial value") } catch (e) { console.log(e.message) }
        try { ({}).showError() } catch (e) { console.log(e.message) }
        Qt.exit(0)
    }
}
