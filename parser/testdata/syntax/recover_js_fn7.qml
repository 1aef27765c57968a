import QtQml
QtObject {
    function f(x) {
        foo(1, 2;
    }
}
