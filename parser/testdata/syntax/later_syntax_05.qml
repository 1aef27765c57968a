import QtQml
QtObject {
    function f() {
        class A { m() {} #q() {} }
    }
}
