import QtQml
import QtTest

TestCase {
    name: "FailBasic"

    function test_a_pass() {
        compare(2, 2)
    }

    function test_b_fail() {
        compare(2, 3)
    }

    function test_c_pass_after_fail() {
        verify(true)
    }

    function test_d_fail_verify() {
        verify(false)
    }
}
