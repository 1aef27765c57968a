import QtQml
import QtTest

TestCase {
    name: "CompareSpecial"

    function test_undefined_undefined() { compare(undefined, undefined) }
    function test_null_undefined() { compare(null, undefined) }
    function test_undefined_null() { compare(undefined, null) }
    function test_number_string() { compare(1, "1") }
    function test_nan() { compare(NaN, NaN) }
    function test_bool_number() { compare(true, 1) }
    function test_dates() { compare(new Date(2020, 1, 2), new Date(2020, 1, 2)) }
    function test_dates_differ() { compare(new Date(2020, 1, 2), new Date(2020, 1, 3)) }
    function test_nested() { compare({a: [1, {b: 2}]}, {a: [1, {b: 2}]}) }
    function test_nested_differ() { compare({a: [1, {b: 2}]}, {a: [1, {b: 3}]}) }
    function test_array_length() { compare([1, 2], [1, 2, 3]) }
    function test_empty_string_null() { compare("", null) }
    function test_zero_neg_zero() { compare(0, -0) }
    function test_string_object() { compare("abc", new String("abc")) }
    function test_function() { compare(function(){}, function(){}) }
}
