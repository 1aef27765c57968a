import QtQml
QtObject {
    function g() {
        var f = ({a, ...r}) => r
    }
}
