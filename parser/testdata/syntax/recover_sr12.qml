import QtQml
QtObject {
    property string s: "abc
    property int x
}
