import QtQml
QtObject {
    function f(x) {
        x = 1 +* 2;
    }
}
