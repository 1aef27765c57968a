import QtQml
QtObject {
    function f() {
        if (x) 1n
    }
}
