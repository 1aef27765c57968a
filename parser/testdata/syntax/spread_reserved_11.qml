import QtQml
QtObject {
    function g() {
        var [a, ...b] = [1, 2]; f(...b); g([...b])
    }
}
