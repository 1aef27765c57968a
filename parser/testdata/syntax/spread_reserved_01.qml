import QtQml
QtObject {
    function g() {
        class A { get double() { return 1 } static int() { return 2 } }
    }
}
