import QtQml
QtObject {
    function f() {
        var o = {a: 1_0}
    }
}
