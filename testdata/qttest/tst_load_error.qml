import QtQml
import QtTest

TestCase {
    name: "LoadError"
    NoSuchType {}
    function test_a() { verify(true) }
}
