import QtQml
import QtTest

TestCase {
    name: "CleanupFails"
    property int n: 0

    function init() { n++; console.log("init", n) }
    function cleanup() {
        console.log("cleanup", n)
        if (n === 1)
            compare(n, 0, "cleanup check")
    }
    function cleanupTestCase() {
        verify(false, "cleanupTestCase fails")
    }
    function test_one() { console.log("one") }
    function test_two() { console.log("two"); fail("two fails") }
}
