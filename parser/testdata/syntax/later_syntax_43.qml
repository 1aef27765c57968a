import QtQml
QtObject {
    function f() { try { } catch { console.log(1) } }
}
