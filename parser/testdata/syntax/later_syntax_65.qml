import QtQml
QtObject {
    function f() {
        var n = 1_000
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
