import QtQml
QtObject {
    function g() {
        var async = 1; async + 1; async(1, 2)
    }
}
