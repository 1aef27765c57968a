import QtQml
QtObject {
    function f() { try { } catch { x = 1 } }
}
