import QtQml
QtObject {
    function f() {
        class A { x; }
    }
}
