// Uncaught errors: empty message, a message made to start with "QtQuickTest::" (ignored, the
// test passes), a TypeError, an error whose fileName and lineNumber were reassigned (Loc uses
// them). (A thrown plain object makes qmltestrunner hang: not recorded.)
import QtQml
import QtTest

TestCase {
    name: "ThrowObj"
    function test_b() { throw new Error() }
    function test_d() { var e = new Error("changed"); e.message = "QtQuickTest::sneaky"; throw e }
    function test_e() { throw new TypeError("typed") }
    function test_f() { var e = new Error("custom file"); e.fileName = "other.qml"; e.lineNumber = 7; throw e }
}
