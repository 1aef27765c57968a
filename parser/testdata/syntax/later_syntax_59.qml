import QtQml
QtObject {
    function f() {
        async function g() { await 1 }
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
