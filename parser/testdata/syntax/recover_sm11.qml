import QtQml
QtObject {
    foo;
}
