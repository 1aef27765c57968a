// init throwing or skipping (per function, per row), skip in initTestCase with a data-driven
// first function, an exception in initTestCase, createTemporaryObject with null parents,
// destroy() of a temporary object, a failing component (its binding error goes with it), a
// null component.
import QtQuick
import QtTest

Item {
    TestCase {
        name: "InitThrows"
        property int n: 0
        function init() { n++; if (n === 1) throw new Error("init boom") }
        function cleanup() { console.log("cleanup", n); if (n === 2) undefinedCall() }
        function test_a() { console.log("a runs", n) }
        function test_b() { console.log("b runs", n) }
        function test_c() { console.log("c runs", n) }
    }
    TestCase {
        name: "SkipInInit"
        function init() { skip("init skips") }
        function cleanup() { console.log("cleanup not run?") }
        function test_a() { console.log("never") }
        function test_b_data() { return [{tag: "r1"}, {tag: "r2"}] }
        function test_b(row) { console.log("never", row.tag) }
    }
    TestCase {
        name: "SkipInitTestCaseData"
        function initTestCase() { skip("whole case") }
        function init() { console.log("init runs") }
        function test_a_data() { console.log("data runs"); return [{tag: "one"}, {tag: "two"}] }
        function test_a(row) { console.log("a", row.tag) }
        function test_b() { console.log("b") }
    }
    TestCase {
        name: "ThrowInitTestCase"
        function initTestCase() { var o; o.x }
        function test_a() { console.log("never") }
        function cleanupTestCase() { console.log("cleanupTestCase runs") }
    }
    TestCase {
        name: "TempObjects"
        Component { id: broken; Item { property int q: undefinedName.y } }
        Component { id: good; QtObject { property int v: 3; Component.onDestruction: console.log("destroyed", v) } }
        function test_a() {
            var o = createTemporaryObject(good, null)
            compare(o.v, 3)
            var p = createTemporaryObject(good, null, {v: 4})
            p.destroy()
            wait(0)
            console.log("end a")
        }
        function test_b() {
            var b = createTemporaryObject(broken, null)
            console.log("broken made", b !== null)
        }
        function test_c() { createTemporaryObject(null) }
        function test_d() { createTemporaryObject(good, null, "x") }
    }
}
