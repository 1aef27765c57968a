import QtQml
QtObject {
    function f() {
        class A { x = 1 }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
