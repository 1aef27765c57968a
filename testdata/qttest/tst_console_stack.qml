import QtQml
import QtTest

// console.count/assert/trace/exception inside tests: levels, and stacks that end in
// TestCase.qml frames; print(), multi-line and empty messages.
TestCase {
    name: "Cons"
    function helper() { console.trace() }
    function test_a_count() { console.count(); console.count("x"); console.count("x") }
    function test_b_assert() { console.assert(1 === 2, "one is not two"); console.assert(true, "fine") }
    function test_c_trace() { helper() }
    function test_d_exception() { console.exception("exc", 1) }
    function test_e_objects() { console.log({a: 1}, [1, [2]], null, undefined, function f() {}, Qt.point(1, 2)) }
    function test_f_print() { print("printed", 1) }
    function test_g_multiline() { console.log("line1\nline2"); console.warn("w1\nw2") }
    function test_h_categories() { console.log(Qt.platform.os.length > 0) }
    function test_i_empty() { console.log(); console.log("") }
}
