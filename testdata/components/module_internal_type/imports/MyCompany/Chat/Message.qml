import QtQml

QtObject {
    property string author: "anon"
    property string text
    property Formatter formatter: Formatter {}
    property string shown: formatter.format(author, text)
}
