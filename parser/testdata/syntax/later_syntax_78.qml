import QtQml
QtObject {
    function f() {
        var k = [1,2].at(-1)
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
