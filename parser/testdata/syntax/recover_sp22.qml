import QtQml
QtObject {
    function f() 
}
