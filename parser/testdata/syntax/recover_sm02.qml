import QtQml
QtObject {
    foo bar
}
