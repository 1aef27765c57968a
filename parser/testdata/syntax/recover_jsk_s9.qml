import QtQml
QtObject {
    function f(a, b) {
        a = 
        return 1
    }
}
