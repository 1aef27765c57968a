import QtQml
QtObject {
    function f() { var x = import("a") }
}
