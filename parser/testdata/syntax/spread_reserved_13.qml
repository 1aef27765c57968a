import QtQml
QtObject {
    function g() {
        double(1)
    }
}
