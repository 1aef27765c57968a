import QtQml
QtObject {
    function f() { try { } catch { "s" } }
}
