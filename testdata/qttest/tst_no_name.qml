import QtQml
import QtTest

TestCase {
    function test_pass() { verify(true) }
    function test_fail() { compare(1, 0) }
    function test_skip() { skip("no name skip") }
}
