import QtQml
QtObject {
    function g() {
        var o = { long() { return 1 }, a: 1 }
    }
}
