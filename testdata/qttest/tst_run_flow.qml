import QtQml
import QtTest

// How a run proceeds (TestCase.qml qtest_run + QTestResult): members get one argument (null
// for a test function), XFAIL/XPASS messages, expectFail twice or without arguments, data
// functions returning an object, failing, skipping or throwing, failures after an XFAIL.
TestCase {
    name: "Flow"
    function init() { console.log("init", arguments.length, arguments[0]) }
    function cleanup() { console.log("cleanup", arguments.length) }
    function initTestCase() { console.log("initTestCase", arguments.length, arguments[0]) }
    function test_a_args(x) { console.log("args", arguments.length, x) }
    function test_b_xfail_empty() { expectFail("", ""); verify(false) }
    function test_c_expect_twice() { expectFail("", "one"); expectFail("", "two"); console.log("not reached") }
    function test_d_expect_tag_mismatch() { expectFail("sometag", "x"); verify(false, "real failure") }
    function test_e_xpass_verify() { expectFail("", "should fail"); verify(true); console.log("not reached") }
    function test_f_xpass_continue() { expectFailContinue("", "should fail"); verify(true, "msg"); console.log("continued"); compare(1, 1) }
    function test_g_xpass_compare_continue() { expectFailContinue("", "c"); compare(2, 2); console.log("after") }
    function test_h_data_object_data() { return {first: {v: 1}, second: {v: 2, tag: "named"}} }
    function test_h_data_object(row) { console.log("row", row.v, row.tag) }
    function test_i_data_fails_data() { fail("data broken") }
    function test_i_data_fails() { console.log("never") }
    function test_j_data_skips_data() { skip("no data today") }
    function test_j_data_skips() { console.log("never j") }
    function test_k_data_throws_data() { throw new Error("data exc") }
    function test_k_data_throws() { console.log("never k") }
    function test_m_expect_no_args() { expectFail(); verify(false) }
    function test_n_fail_then_more() { expectFailContinue("", "first"); verify(false); verify(false, "second") }
    function test_o_verify_empty_msg() { verify(false, "") }
    function test_p_xfail_then_pass() { expectFailContinue("", "x"); compare(1, 2); compare(3, 3) }
}
