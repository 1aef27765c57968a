import QtQml
QtObject {
    /* foo
    property int x
}
