import QtQml
// `name: list<T>` in a signal: a syntax error at the '<'.
QtObject {
    signal changed(values: list<string>)
    Component.onCompleted: Qt.quit()
}
