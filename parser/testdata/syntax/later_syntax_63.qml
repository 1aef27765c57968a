import QtQml
QtObject {
    function f() {
        var a = 2 ** 3
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
