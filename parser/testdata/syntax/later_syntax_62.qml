import QtQml
QtObject {
    function f() {
        class C { static { } }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
