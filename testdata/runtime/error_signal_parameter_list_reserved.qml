import QtQml
// `list<int> name`: int is a reserved word, a single error at the '<'.
QtObject {
    signal changed(list<int> values)
    Component.onCompleted: Qt.quit()
}
