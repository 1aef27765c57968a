import QtQml
QtObject {
    property string s: "😀😀"; foo bar
}
