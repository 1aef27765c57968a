import QtQml
QtObject {
    function f() {
        f(1n)
    }
}
