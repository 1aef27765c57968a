import QtQml
QtObject {
    function g() {
        class A { async m() {} }
    }
}
