import QtQml
QtObject {
    function f() {
        x.y ??= 1
    }
}
