import QtQml
import QtTest

TestCase {
    name: "Verify"

    function test_true() {
        verify(true)
        verify(1)
        verify("x")
        verify({})
    }

    function test_false_without_message() {
        verify(false)
    }

    function test_false_with_message() {
        verify(1 > 2, "one is not greater than two")
    }

    function test_falsy_values() {
        verify(0, "zero")
    }

    function test_empty_string() {
        verify("", "empty string")
    }

    function test_null() {
        verify(null)
    }

    function test_three_arguments() {
        verify(true, "msg", 100)
    }
}
