import QtQml
QtObject {
    function f() {
        var wr = new WeakRef({})
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
