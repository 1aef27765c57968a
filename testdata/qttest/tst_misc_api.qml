import QtQuick
import QtTest

// failOnWarning, sleep, ignoreWarning against warnings from cleanup, non-string messages,
// a compared value longer than QtTest's 1024-byte message, tryCompare on a missing property
// and on null, timeout 0 (means 5000), warn(5), null against undefined.
TestCase {
    id: tc
    name: "Misc"
    property var log: []

    function test_a_failOnWarning() {
        failOnWarning(/bad/)
        console.warn("this is bad")
        console.log("continues")
    }
    function test_b_sleep() { sleep(10); verify(true) }
    function test_c_ignore_then_warn_in_cleanup() {
        ignoreWarning("late")
    }
    function cleanup() { if (log.length) console.warn(log.pop()) }
    function test_d_push_cleanup_warn() { log.push("late"); ignoreWarning("late") }
    function test_e_msg_arg_types() { compare(1, 2, 42) }
    function test_f_verify_obj_msg() { verify(false, {a: 1}) }
    function test_g_fail_number() { fail(123) }
    function test_h_skip_obj() { skip({toString: function() { return "obj skip" }}) }
    function test_i_long_value() { compare("x".repeat(1100), "y") }
    function test_j_tryCompare_undefined_prop() { tryCompare(tc, "nope", undefined, 10) }
    function test_k_tryCompare_null_obj() { tryCompare(null, "x", 1, 10) }
    function test_l_tryCompare_timeout_zero() { var t0 = Date.now(); tryCompare(tc, "name", "Misc", 0) }
    function test_m_warn_object() { warn(5) }
    function test_n_compare_two_args_undef() { compare(undefined, undefined); compare(null, null); compare(null, undefined) }
}
