import QtQml
QtObject {
    function g() {
        x = c ? async () => 1 : 2
    }
}
