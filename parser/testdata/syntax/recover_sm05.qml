import QtQml
QtObject {
    foo.bar 5
}
