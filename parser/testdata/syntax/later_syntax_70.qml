import QtQml
QtObject {
    function f() {
        var s = {...{a:1}}
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
