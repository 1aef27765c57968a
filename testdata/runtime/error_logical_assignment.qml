// Logical assignment is later than the JavaScript of Qt 6.4: the document
// does not load.
import QtQml
QtObject {
    property var cache: null
    function get() { cache ??= {}; return cache }
    Component.onCompleted: { console.log(typeof get()); Qt.exit(0) }
}
