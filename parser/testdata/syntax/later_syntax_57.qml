import QtQml
QtObject {
    function f() { let super = 1 }
}
