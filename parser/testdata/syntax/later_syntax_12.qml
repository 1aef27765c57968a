import QtQml
QtObject {
    function f() {
        f(1_0)
    }
}
