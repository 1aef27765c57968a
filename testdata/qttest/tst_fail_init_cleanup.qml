import QtQml
import QtTest

TestCase {
    name: "FailInitCleanup"

    property int n: 0

    function init() {
        n++
        console.log("init", n)
        if (n === 1)
            verify(false, "init fails for the first test")
        if (n === 3)
            skip("init skips the third test")
    }

    function cleanup() {
        console.log("cleanup", n)
        if (n === 2)
            fail("cleanup fails for the second test")
    }

    function test_a() { console.log("test_a ran") }
    function test_b() { console.log("test_b ran") }
    function test_c() { console.log("test_c ran") }
    function test_d() { console.log("test_d ran") }
}
