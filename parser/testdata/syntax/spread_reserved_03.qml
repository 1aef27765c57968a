import QtQml
QtObject {
    function g() {
        var C = class extends Object { float() {} }
    }
}
