import QtQml
QtObject {
    function g() {
        var o = {b, ...c}
    }
}
