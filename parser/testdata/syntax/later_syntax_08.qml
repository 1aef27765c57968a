import QtQml
QtObject {
    function f() {
        var a = [1n, 2]
    }
}
