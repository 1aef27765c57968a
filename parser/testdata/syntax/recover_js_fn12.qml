import QtQml
QtObject {
    function f(x) {
        var s = 'abc
    }
}
