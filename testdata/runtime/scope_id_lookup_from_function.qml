import QtQml

QtObject {
    id: root
    property QtObject helper: QtObject {
        id: helper
        property int base: 3
        function compute(n) { return n * base + other.extra }
    }
    property QtObject other: QtObject { id: other; property int extra: 1 }
    function run() { return helper.compute(2) }
    Component.onCompleted: {
        console.log(run())
        var f = helper.compute
        console.log(f(10))
        Qt.quit()
    }
}
