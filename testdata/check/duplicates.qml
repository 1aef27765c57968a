import QtQml

QtObject {
    signal done()
    signal done(int code)
    property int size
    property int size
    function objectNameChanged() {}
}
