import QtQml
QtObject {
    function f(x) {
        function (a) {}
    }
}
