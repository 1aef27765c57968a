import QtQml
QtObject {
    function f(x) {
        const z;
    }
}
