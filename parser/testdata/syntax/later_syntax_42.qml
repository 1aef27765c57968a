import QtQml
QtObject {
    function f() { try { } catch { return 1 } }
}
