import QtQml
QtObject {
    function f() { var v = 1n; return v }
}
