import QtQml
QtObject {
    function f() { a b
 x = 1 }
}
