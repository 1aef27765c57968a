import QtQml
QtObject {
    function f() {
        var agg = new AggregateError([])
    }
    Component.onCompleted: { f(); console.log("ok"); Qt.exit(0) }
}
