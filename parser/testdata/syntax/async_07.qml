import QtQml
QtObject {
    function g() {
        f(async x => x)
    }
}
