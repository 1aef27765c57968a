import QtQml
// Qt 6.4's grammar has no list type for a signal parameter: `list<T> name`
// gives two errors (one at the '<', one at the '>').
QtObject {
    signal changed(list<QtObject> items)
    Component.onCompleted: Qt.quit()
}
