import QtQml
QtObject {
    function f() { var x = 1_000_000 }
}
