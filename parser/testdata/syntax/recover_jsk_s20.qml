import QtQml
QtObject {
    function f(a, b) {
        typeof
        return 1
    }
}
