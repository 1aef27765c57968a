import QtQml
import QtTest

TestCase {
    name: "Exception"

    function test_a_throw_error() {
        throw new Error("boom")
    }

    function test_b_type_error() {
        var o = undefined
        o.x = 1
    }

    function test_c_reference_error() {
        notDefinedAnywhere()
    }

    function test_e_after_exceptions() {
        verify(true)
    }

    function thrower() {
        throw new RangeError("deep")
    }

    function test_f_throw_in_helper() {
        thrower()
    }

    function test_g_caught() {
        try {
            throw new Error("caught")
        } catch (e) {
            compare(e.message, "caught")
        }
    }
}
