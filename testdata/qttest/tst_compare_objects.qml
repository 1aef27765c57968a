import QtQml
import QtTest

TestCase {
    id: testCase
    name: "CompareObjects"

    QtObject {
        id: first
        objectName: "first"
        property int value: 1
    }

    QtObject {
        id: second
        objectName: "second"
        property int value: 1
    }

    function test_equal_literals() {
        compare({a: 1, b: "x"}, {b: "x", a: 1})
        compare({n: {m: [1, 2]}}, {n: {m: [1, 2]}})
    }

    function test_different_value() {
        compare({a: 1, b: "x"}, {a: 1, b: "y"})
    }

    function test_extra_key() {
        compare({a: 1}, {a: 1, b: 2})
    }

    function test_nested_difference() {
        compare({n: {m: [1, 2]}}, {n: {m: [1, 3]}})
    }

    function test_same_qobject() {
        compare(first, first)
    }

    function test_different_qobjects() {
        compare(first, second)
    }

    function test_qobject_vs_null() {
        compare(first, null)
    }

    function test_empty_objects() {
        compare({}, {})
    }
}
