import QtQuick
import QtTest
// Control characters print as ? in every line; compared values and expectFail comments are
// Latin-1 (é one byte, € ?, an emoji ??), messages stay UTF-8.
TestCase {
    name: "Ctl"
    function test_a() { console.log("a\u0001b\rc\u007fd\te") }
    function test_b() { compare("x\u0002", "y\u00e9\u20ac\ud83d\ude00", "msg\u0003é€") }
    function test_c() { fail("f\u0004") }
    function test_d() { warn("w\u0005é") }
    function test_e() { skip("s\u0006€") }
    function test_f() { verify(false, "v\u0007é€") }
    function test_g() { expectFail("", "x\u0008é€"); verify(false) }
    function test_h() { console.warn("é\u0001€") ; ignoreWarning("nothing\u0001é") }
}
