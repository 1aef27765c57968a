import QtQml
QtObject {
    function f() {
        var t = `a${1}`
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
