import QtQml
QtObject {
    function f() { a # b }
}
