import QtQml
import QtTest

TestCase {
    name: "FuzzyCompare"

    function test_within_delta() {
        fuzzyCompare(10.4, 10, 0.5)
        fuzzyCompare(9.6, 10, 0.5)
        fuzzyCompare(10, 10, 0)
    }

    function test_outside_delta() {
        fuzzyCompare(10.6, 10, 0.5)
    }

    function test_outside_delta_message() {
        fuzzyCompare(1, 2, 0.1, "not close")
    }

    function test_missing_delta() {
        fuzzyCompare(1, 1)
    }

    function test_negative() {
        fuzzyCompare(-1.25, -1.5, 0.25)
        fuzzyCompare(-1.25, -1.5, 0.2)
    }
}
