import QtQml
import QtTest

TestCase {
    name: "FailInitTestCase"

    function initTestCase() {
        compare("setup", "broken")
    }

    function cleanupTestCase() { console.log("cleanupTestCase ran") }
    function test_a() { console.log("test_a ran") }
}
