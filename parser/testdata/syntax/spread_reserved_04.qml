import QtQml
QtObject {
    function g() {
        const {p, ...rest} = {p: 1}
    }
}
