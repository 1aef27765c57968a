import QtQml
import QtTest

TestCase {
    name: "IgnoreWarning"

    function test_a_unignored_warning() {
        console.warn("a plain warning")
    }

    function test_b_ignored_exact() {
        ignoreWarning("expected warning")
        console.warn("expected warning")
    }

    function test_c_ignored_regexp() {
        ignoreWarning(new RegExp("^number \\d+$"))
        console.warn("number 42")
    }

    function test_d_ignored_but_not_emitted() {
        ignoreWarning("this never comes")
    }

    function test_e_ignore_only_once() {
        ignoreWarning("twice")
        console.warn("twice")
        console.warn("twice")
    }

    function test_f_warn_function() {
        warn("a message from warn()")
    }

    function test_g_ignore_log_message() {
        ignoreWarning("logged not warned")
        console.log("logged not warned")
    }
}
