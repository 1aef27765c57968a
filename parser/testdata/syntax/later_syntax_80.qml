import QtQml
QtObject {
    function f() {
        var st = "abc".replaceAll("b", "c")
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
