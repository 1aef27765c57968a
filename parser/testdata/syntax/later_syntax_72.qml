import QtQml
QtObject {
    function f() {
        var u = String.raw`x`
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
