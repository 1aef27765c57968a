import QtQml
QtObject {
    function f() {
        var a = [1_0]
    }
}
