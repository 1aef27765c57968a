import QtQml
QtObject {
    foo: 5
    bar
    baz: 6
}
