import QtQml
QtObject {
    enum mode { off, alias, yield }
}
