import QtQml
QtObject {
    function g() {
        async function af() { return 5 }
    }
}
