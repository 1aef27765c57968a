import QtQml
QtObject {
    function f() { var enum = 1 }
}
