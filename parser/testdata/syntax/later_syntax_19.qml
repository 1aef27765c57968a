import QtQml
QtObject {
    function f() {
        try { f() } catch { g() }
    }
}
