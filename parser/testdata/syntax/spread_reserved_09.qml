import QtQml
QtObject {
    function g() {
        for (const {x, ...y} of z) {}
    }
}
