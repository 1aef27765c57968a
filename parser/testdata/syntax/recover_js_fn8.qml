import QtQml
QtObject {
    function f(x) {
        x = {a: 1, b};
    }
}
