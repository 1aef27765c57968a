import QtQml
QtObject {
    function f() {
        try { } catch { } finally { }
    }
}
