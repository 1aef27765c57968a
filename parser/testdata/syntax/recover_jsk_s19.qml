import QtQml
QtObject {
    function f(a, b) {
        !
        return 1
    }
}
