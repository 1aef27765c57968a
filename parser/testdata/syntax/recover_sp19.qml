import QtQml
QtObject {
    signal s(a,)
}
