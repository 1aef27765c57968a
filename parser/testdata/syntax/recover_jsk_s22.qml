import QtQml
QtObject {
    function f(a, b) {
        new Foo(
        return 1
    }
}
