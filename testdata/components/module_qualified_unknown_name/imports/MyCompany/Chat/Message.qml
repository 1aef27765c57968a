import QtQml

QtObject {
    property string author: "nobody"
    property string text
    function format() { return author + ": " + text }
}
