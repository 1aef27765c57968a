import QtQml
QtObject {
    function g() {
        var f = async function () { return 1 }
    }
}
