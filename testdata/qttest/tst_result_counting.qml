import QtQuick
import QtTest

// Totals count one result per row: the first of fail/skip/pass; later failures or skips of the
// same row (in cleanup, after an XPASS) are printed but not counted, and rows whose init
// skips are one result until the function ends. The exit code follows the count.
Item {
    TestCase {
        name: "InitSkipsRows"
        function init() { skip("x") }
        function test_b_data() { return [{tag: "r1"}, {tag: "r2"}, {tag: "r3"}] }
        function test_b(r) { }
        function test_c() { }
    }
    TestCase {
        name: "TwoFailures"
        function init() { if (initFails) fail("init") }
        property bool initFails: true
        function cleanup() { initFails = false; if (cleanupFails) fail("cleanup") }
        property bool cleanupFails: true
        function test_a() { fail("test") }
        function test_b() { cleanupFails = true; fail("test b") }
        function test_c() { expectFailContinue("", "x"); verify(true); verify(false, "after xpass") }
    }
    TestCase {
        name: "SkipThenFail"
        function test_a() { skip("s") }
        function test_b() { fail("f") }
        function cleanup() { if (doSkip) skip("cleanup skip"); doSkip = true }
        property bool doSkip: false
    }
}
