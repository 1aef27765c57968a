import QtQml
QtObject {
    function f(x) {
        new;
    }
}
