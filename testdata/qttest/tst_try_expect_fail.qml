// tryCompare, tryVerify, SignalSpy.wait and fuzzyCompare under expectFail (XFAIL/XPASS), an
// exception inside the tryVerify function, an empty message, argument errors.
import QtQml
import QtTest

TestCase {
    id: tc
    name: "XTry"
    property int v: 1
    signal ping()
    SignalSpy { id: spy; target: tc; signalName: "ping" }
    function test_a() { expectFail("", "tc fails"); tryCompare(tc, "v", 2, 100) }
    function test_b() { expectFail("", "tc passes"); tryCompare(tc, "v", 1, 100) }
    function test_c() { expectFail("", "tv fails"); tryVerify(function() { return false }, 100) }
    function test_d() { expectFail("", "tv passes"); tryVerify(function() { return true }, 100, "custom") }
    function test_e() { expectFail("", "spy fails"); spy.wait(100) }
    function test_f() { expectFailContinue("", "fuzzy"); fuzzyCompare(1, 1.5, 0.1); fuzzyCompare(1, 1.05, 0.1) }
    function test_g() { tryVerify(function() { throw new Error("inside") }, 100) }
    function test_h() { tryVerify(function() { return 0 }, 100, "") }
    function test_i() { tryCompare(tc, "v", 1, "100") }
    function test_j() { tryCompare(tc, 5, 1) }
    function test_k() { tryCompare(tc, "v") }
    function test_l() { tryVerify(5) }
    function test_m() { tryVerify(function() {}, "x") }
    function test_n() { tryVerify(function() {}, 10, 5) }
}
