import QtQml
QtObject {
    function f() {
        var x = 0x1_0
    }
}
