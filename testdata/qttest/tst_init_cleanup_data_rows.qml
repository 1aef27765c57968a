import QtQml
import QtTest

TestCase {
    name: "InitCleanupRows"

    function initTestCase() { console.log("initTestCase") }
    function cleanupTestCase() { console.log("cleanupTestCase") }
    function init() { console.log("init") }
    function cleanup() { console.log("cleanup") }

    function test_a_data() { return [{tag: "x"}, {tag: "y"}] }
    function test_a(row) {
        console.log("test_a", row.tag)
        if (row.tag === "x")
            fail("x fails")
    }
    function test_b() {
        console.log("test_b")
        skip("b skipped")
    }
    function test_c() {
        console.log("test_c")
        throw new Error("boom")
    }
}
