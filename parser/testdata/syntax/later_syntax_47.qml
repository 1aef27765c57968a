import QtQml
QtObject {
    function f() { try { } catch {
        g()
    } }
}
