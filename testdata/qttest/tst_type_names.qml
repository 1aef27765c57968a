import QtQml
import QtTest

// How objects declaring members print: TestCase.qml takes the first number
// (TestCase_QMLTYPE_0), then the document's root, then the objects bound in
// it: named properties last first, default-property children in declaration
// order, each object before the objects bound in it. (No SignalSpy: whether
// SignalSpy.qml or TestCase.qml is numbered first varies from run to run.)
TestCase {
    id: tc
    name: "TypeNames"
    QtObject {
        id: a
        objectName: "a"
        property int v: 1
        property QtObject p: QtObject { objectName: "p"; property int v: 2 }
        property QtObject q: QtObject { objectName: "q"; property int v: 2 }
    }
    QtObject { id: plain; objectName: "plain" }
    Timer { id: timer; property int v: 1 }
    TestCase { id: inner; name: "Inner"; function test_inner() { console.log(String(tc), String(this), String(other)) } }
    TestCase { id: other }
    function test_names() {
        console.log(String(a), String(a.p), String(a.q), String(plain), String(timer))
    }
    function test_compare_fails() {
        compare(a, a.p)
    }
}
