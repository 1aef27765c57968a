import QtQml
import QtTest

// Failing compares, to record how each kind of value is printed in Actual/Expected.
TestCase {
    id: testCase
    name: "CompareValueFormats"

    QtObject {
        id: obj
        objectName: "named"
    }

    function test_undefined() { compare(undefined, 1) }
    function test_null() { compare(null, 1) }
    function test_bool() { compare(false, 1) }
    function test_int_vs_real() { compare(3, 3.5) }
    function test_string() { compare("text", 1) }
    function test_array() { compare([1, "two", [3]], 1) }
    function test_object() { compare({a: 1, b: [2]}, 1) }
    function test_qobject() { compare(obj, 1) }
    function test_function() { compare(function() { return 1 }, 1) }
    function test_url() { compare(Qt.resolvedUrl("x.qml"), "y.qml") }
    function test_point() { compare(Qt.point(1, 2), Qt.point(3, 4)) }
    function test_negative_zero() { compare(-0, 1) }
}
