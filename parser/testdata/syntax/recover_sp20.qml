import QtQml
QtObject {
    function () {}
}
