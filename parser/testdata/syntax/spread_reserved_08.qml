import QtQml
QtObject {
    function g() {
        x = {b: {...a}}
    }
}
