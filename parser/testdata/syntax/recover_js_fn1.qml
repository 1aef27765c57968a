import QtQml
QtObject {
    function f(x) {
        if (x { return 1 }
    }
}
