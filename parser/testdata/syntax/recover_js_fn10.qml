import QtQml
QtObject {
    function f(x) {
        while x {}
    }
}
