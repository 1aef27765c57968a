import QtQml
QtObject {
    function f(x) {
        var a = ;
    }
}
