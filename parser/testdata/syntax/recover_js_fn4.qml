import QtQml
QtObject {
    function f(x) {
        var = 5;
    }
}
