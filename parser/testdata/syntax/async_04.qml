import QtQml
QtObject {
    function g() {
        var o = { async m() {} }
    }
}
