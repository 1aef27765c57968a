// Missing arguments: compare(5), verify(), compare(), fuzzyCompare(), wait() and wait("10");
// expectFail from init() applying to the test function; a multi-line warn(); skip() in
// cleanupTestCase.
import QtQml
import QtTest

TestCase {
    name: "Args"
    function init() { if (currentTag === "xf") expectFail("", "from init") }
    property string currentTag: ""
    function test_a() { compare(5) }
    function test_b() { verify() }
    function test_c() { wait(); wait(undefined); wait("10"); verify(true) }
    function test_d() { currentTag = "xf" }
    function test_e() { verify(false, "fails but expected from init"); }
    function test_f() { warn("multi\nline") }
    function test_g() { currentTag = ""; compare() }
    function test_h() { fuzzyCompare() }
    function cleanupTestCase() { skip("skip cleanupTestCase") }
}
