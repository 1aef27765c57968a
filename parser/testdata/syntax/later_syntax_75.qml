import QtQml
QtObject {
    function f() {
        var z = new.target
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
