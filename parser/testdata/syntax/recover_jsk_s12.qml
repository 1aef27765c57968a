import QtQml
QtObject {
    function f(a, b) {
        1 2
        return 1
    }
}
