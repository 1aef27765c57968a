import QtQml
import QtTest

TestCase {
    name: "SkipInitTestCase"

    function initTestCase() {
        skip("whole case skipped")
    }

    function test_a() { console.log("test_a ran") }
    function test_b() { console.log("test_b ran") }
}
