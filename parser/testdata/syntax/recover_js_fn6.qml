import QtQml
QtObject {
    function f(x) {
        let y = [1, 2;
    }
}
