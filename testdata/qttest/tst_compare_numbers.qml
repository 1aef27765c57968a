import QtQml
import QtTest

TestCase {
    name: "CompareNumbers"

    function test_equal_ints() {
        compare(42, 42)
    }

    function test_different_ints() {
        compare(42, 43)
    }

    function test_reals_within_builtin_tolerance() {
        compare(0.1 + 0.2, 0.3)
        compare(1.000001, 1)
    }

    function test_reals_outside_builtin_tolerance() {
        compare(1.0001, 1)
    }

    function test_negative_and_real() {
        compare(-2.5, 2.5)
    }

    function test_nan_equals_nan() {
        compare(NaN, NaN)
    }

    function test_nan_vs_number() {
        compare(NaN, 0)
    }

    function test_number_vs_string() {
        compare(1, "1")
    }

    function test_bool_vs_number() {
        compare(true, 1)
    }

    function test_large_and_small() {
        compare(1e21, 1e-7)
    }

    function test_infinity() {
        compare(Infinity, -Infinity)
    }
}
