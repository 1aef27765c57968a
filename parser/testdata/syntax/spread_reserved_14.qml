import QtQml
QtObject {
    function g() {
        for (const x of {...a}) {}
    }
}
