import QtQml
QtObject {
    function g() {
        var f = async () => 1
    }
}
