import QtQml
QtObject {
    function f() {
        return 1n
    }
}
