import QtQml
import QtTest

TestCase {
    name: "InitCleanupOrder"

    function initTestCase() { console.log("initTestCase") }
    function cleanupTestCase() { console.log("cleanupTestCase") }
    function init() { console.log("init") }
    function cleanup() { console.log("cleanup") }

    function test_b() { console.log("test_b") }
    function test_a() { console.log("test_a") }

    function test_c_failing() {
        console.log("test_c_failing")
        verify(false)
    }

    function test_d_skipped() {
        console.log("test_d_skipped")
        skip("skip it")
    }

    function test_e_rows_data() {
        console.log("test_e_rows_data")
        return [{tag: "r1"}, {tag: "r2"}]
    }

    function test_e_rows(row) { console.log("test_e_rows", row.tag) }
}
