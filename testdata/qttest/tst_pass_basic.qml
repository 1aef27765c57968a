import QtQml
import QtTest

TestCase {
    name: "PassBasic"

    function test_one() {
        compare(1 + 1, 2)
    }

    function test_two() {
        verify(true)
    }

    function test_three() {
        compare("a" + "b", "ab")
        verify(1 < 2, "one is less than two")
    }
}
