import QtQml
QtObject {
    function f(a, b) {
        if (a) else b
        return 1
    }
}
