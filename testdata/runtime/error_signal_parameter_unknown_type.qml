import QtQml
// A signal parameter of a type the document cannot name is a load error,
// reported at the signal.
QtObject {
    property int n: 1
    signal ready(int count, Missing thing)
    Component.onCompleted: Qt.quit()
}
