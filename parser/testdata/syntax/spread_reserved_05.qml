import QtQml
QtObject {
    function g() {
        var o = {...{a: 1}}
    }
}
