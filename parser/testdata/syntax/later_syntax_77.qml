import QtQml
QtObject {
    function f() {
        var q = async () => 1
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
