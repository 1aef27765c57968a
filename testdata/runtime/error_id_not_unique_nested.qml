import QtQml
// An id used by an object and by an object inside it: Qt reports the inner
// one (its compiler meets the outer object first).
QtObject {
    id: root
    property QtObject a: QtObject {
        id: dup
        property QtObject inner: QtObject { id: dup }
    }
    Component.onCompleted: Qt.quit()
}
