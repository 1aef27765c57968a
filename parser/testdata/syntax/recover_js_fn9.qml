import QtQml
QtObject {
    function f(x) {
        for (var i = 0; i < 3 i++) {}
    }
}
