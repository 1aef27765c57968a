import QtQml
QtObject {
    foo bar baz
}
