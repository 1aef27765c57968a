import QtQml
QtObject {
    function f() {
        function* gen() { yield 1 }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
