import QtQml
QtObject {
    signal s(int a b)
}
