import QtQml
QtObject {
    function f(a, b) {
        {a: 1
        return 1
    }
}
