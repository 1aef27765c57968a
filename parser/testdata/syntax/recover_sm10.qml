import QtQml
QtObject {
    foo
}
