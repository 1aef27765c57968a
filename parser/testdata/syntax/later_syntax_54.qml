import QtQml
QtObject {
    function f() { var class = 1 }
}
