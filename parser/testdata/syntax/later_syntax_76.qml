import QtQml
QtObject {
    function f() {
        label: for (;;) { break label }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
