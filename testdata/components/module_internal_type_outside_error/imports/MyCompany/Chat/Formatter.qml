import QtQml

QtObject {
    property string style: "internal"
    function format(a, t) { return "[" + a + "] " + t }
}
