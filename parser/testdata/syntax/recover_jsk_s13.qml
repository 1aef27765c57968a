import QtQml
QtObject {
    function f(a, b) {
        a ==== b
        return 1
    }
}
