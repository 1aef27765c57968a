import QtQml
QtObject {
    function f() {
        class A { m() {} y = 2 }
    }
}
