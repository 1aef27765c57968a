import QtQml
QtObject {
    function f() {
        var w = import("x")
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
