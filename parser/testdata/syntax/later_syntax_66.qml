import QtQml
QtObject {
    function f() {
        var r = /(?<y>\d+)/.exec("12").groups.y
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
