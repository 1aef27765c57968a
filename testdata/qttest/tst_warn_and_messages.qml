import QtQml
import QtTest

TestCase {
    name: "WarnMessages"

    function test_warn() {
        warn("a warning from the test")
        console.warn("console warn")
        console.info("console info")
        console.error("console error")
        console.debug("console debug")
        console.log("multi\nline")
    }

    function test_compare_message() {
        compare(1, 2, "my message")
    }

    function test_verify_no_message() {
        verify(0)
    }

    function test_verify_values() {
        verify(1)
        verify("x")
        verify({})
        verify([])
        verify("", "empty string")
    }

    function test_fail_no_message() {
        fail()
    }

    function test_skip_no_message() {
        skip()
    }
}
