import QtQml
import QtTest

TestCase {
    name: "SyntaxError"
    function test_a() { verify(true)
}
