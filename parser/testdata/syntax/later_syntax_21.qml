import QtQml
QtObject {
    function f() {
        var y = 1.5_0
    }
}
