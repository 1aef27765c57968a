import QtQml
import QtTest

TestCase {
    name: "CompareArrays"

    function test_equal() {
        compare([1, 2, 3], [1, 2, 3])
        compare([], [])
        compare([[1, 2], ["a"]], [[1, 2], ["a"]])
    }

    function test_different_element() {
        compare([1, 2, 3], [1, 5, 3])
    }

    function test_different_length() {
        compare([1, 2], [1, 2, 3])
    }

    function test_nested_strings() {
        compare([["x", "y"], [true, null]], [["x", "y"], [true, undefined]])
    }

    function test_array_vs_object() {
        compare([1], {"0": 1})
    }

    function test_empty_vs_nonempty() {
        compare([], [0])
    }
}
