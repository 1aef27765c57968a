import QtQml
QtObject {
    function f() {
        class A { static x = 1 }
    }
}
