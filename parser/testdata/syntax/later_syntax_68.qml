import QtQml
QtObject {
    function f() {
        var b = 10n
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
