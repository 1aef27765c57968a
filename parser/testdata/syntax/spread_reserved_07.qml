import QtQml
QtObject {
    function g() {
        f({...a})
    }
}
