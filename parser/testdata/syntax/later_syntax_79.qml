import QtQml
QtObject {
    function f() {
        var m = Object.hasOwn({a:1}, "a")
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
