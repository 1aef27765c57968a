import QtQml
QtObject {
    function f(a, b) {
        'abc' 'def'
        return 1
    }
}
