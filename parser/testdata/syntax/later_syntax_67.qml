import QtQml
QtObject {
    function f() {
        var o = null; o ??= 1; o ||= 2; o &&= 3
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
