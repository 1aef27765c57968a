import QtQml
QtObject {
    function f() {
        var x = 1n + 2
    }
}
