import QtQml
QtObject {
    function f() {
        try { } catch { }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
