import QtQml
QtObject {
    function f() { class A { [k] = 2 } }
}
