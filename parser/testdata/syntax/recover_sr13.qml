import QtQml
QtObject {
    property string s: 'abc
}
