import QtQml
QtObject {
    function f() { class A { "s" = 2 } }
}
