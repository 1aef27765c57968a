import QtQml
QtObject {
    function g() {
        x = [async () => 1]
    }
}
