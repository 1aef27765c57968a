// Checks called from signal handlers and timers during a test: the failure (or skip) counts
// for the running test, and the QtQuickTest exception escaping the handler is a QWARN located
// where TestCase.qml throws it (TestCase.qml:416, 391, 1045, 870, 1031).
import QtQuick
import QtTest

Item {
    id: root
    signal ping(int n)
    Connections { target: root; function onPing(n) { tc.verify(n > 1, "n too small") } }
    Timer { id: t; interval: 10; onTriggered: tc.fail("timer fail") }
    Timer { id: t3; interval: 10; onTriggered: tc.skip("timer skip") }
    Timer { id: t4; interval: 10; onTriggered: tc.fuzzyCompare(1, 3, 1) }
    Timer { id: t5; interval: 10; onTriggered: tc.tryCompare(root, "width", 5, 20) }
    TestCase {
        id: tc
        name: "HandlerFail"
        function test_a_connection() { root.ping(1); console.log("goes on") }
        function test_b_timer_fail() { t.start(); wait(400) }
        function test_c_timer_skip() { t3.start(); wait(400); console.log("after skip") }
        function test_d_fuzzy() { t4.start(); wait(400) }
        function test_e_try() { t5.start(); wait(600) }
    }
}
