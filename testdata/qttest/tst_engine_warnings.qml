import QtQuick
import QtTest

// Warnings of the engine (binding errors) are QWARN lines of the current test function,
// those from the TestCase creation after the tests (UnknownTestFunc).
TestCase {
    id: tc
    name: "Warns"
    property var obj: null
    property int num: obj ? obj.v : undefinedThing
    QtObject { id: q; property int n: 1 }
    Component.onCompleted: console.log("completed")
    function test_a() {
        obj = {v: "abc"}
        console.log(num)
    }
    function test_b() {
        q.n = "notanumber"
    }
    function test_c() {
        var c = Qt.createComponent("data:text/plain,nothing")
        console.log(c.status)
    }
    function test_d() {
        ignoreWarning(/Unable to assign/)
        q.n = "again"
    }
}
