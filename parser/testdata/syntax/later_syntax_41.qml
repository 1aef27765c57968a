import QtQml
QtObject {
    function f() {
        x = 1n
    }
}
