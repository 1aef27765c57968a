import QtQml
QtObject {
    function f() {
        var x = 1_000
        return x
    }
}
