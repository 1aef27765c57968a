import QtQml
QtObject {
    function f(x) {
        return x +;
    }
}
