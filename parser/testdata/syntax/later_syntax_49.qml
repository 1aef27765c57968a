import QtQml
QtObject {
    function f() { class A { get x() { return 1 } y = 2 } }
}
