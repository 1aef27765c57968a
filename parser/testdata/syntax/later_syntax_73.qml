import QtQml
QtObject {
    function f() {
        var v = null?.x ?? 1
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
