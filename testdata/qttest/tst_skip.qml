import QtQml
import QtTest

TestCase {
    name: "Skip"

    function test_a_skip_with_message() {
        skip("not supported here")
        console.log("not reached")
    }

    function test_b_skip_without_message() {
        skip()
    }

    function test_c_pass() {
        verify(true)
    }

    function test_d_skip_after_compare() {
        compare(1, 1)
        skip("skipped after a passing compare")
    }
}
