import QtQuick
import QtTest

// fuzzyCompare: colors (color values against colors or color names, channel by channel),
// numbers from numeric text and booleans, values that are no number (fail, printed empty),
// how numbers are printed (QVariant: 1e+20, 1e-07, inf, nan), the delta argument.
TestCase {
    name: "Fuzzy2"
    property color red: "#ff0000"
    property color red2: "#fd0101"
    property color blue: "blue"
    function test_01() { fuzzyCompare(red, red2, 2) }
    function test_02() { fuzzyCompare(red, red2, 1) }
    function test_03() { fuzzyCompare(red, "#fe0000", 2) }
    function test_04() { fuzzyCompare("#fe0000", red, 2) }
    function test_05() { fuzzyCompare(red, blue, 10) }
    function test_06() { fuzzyCompare(red, "notacolor", 10) }
    function test_07() { fuzzyCompare(Qt.rgba(1, 0, 0, 1), Qt.rgba(0.99, 0, 0, 1), 5) }
    function test_08() { fuzzyCompare(" 3 ", 3, 0) }
    function test_09() { fuzzyCompare("0x10", 16, 0) }
    function test_10() { fuzzyCompare("1e3", 1000, 0) }
    function test_11() { fuzzyCompare("", 0, 0) }
    function test_12() { fuzzyCompare(false, 0, 0) }
    function test_13() { fuzzyCompare(null, 0, 0) }
    function test_14() { fuzzyCompare(undefined, 0, 0) }
    function test_15() { fuzzyCompare([], 0, 0) }
    function test_16() { fuzzyCompare({}, 0, 0) }
    function test_17() { fuzzyCompare(1e20, 1/3, 0) }
    function test_18() { fuzzyCompare(-0, Infinity, 0) }
    function test_19() { fuzzyCompare(100000000, 2147483648, 0) }
    function test_20() { fuzzyCompare(1.0e-7, -Infinity, 0) }
    function test_21() { fuzzyCompare([1], 1, 0) }
    function test_22() { fuzzyCompare(5, 6, "1") }
    function test_23() { fuzzyCompare(5, 6, null) }
    function test_24() { fuzzyCompare(5, 6, -1) }
    function test_25() { fuzzyCompare(5, 5, NaN) }
    function test_26() { fuzzyCompare(123456.789, 1234567.125, 0) }
    function test_27() { fuzzyCompare(0.000001, 12345678901234567890, 0) }
    function test_28() { fuzzyCompare(Qt.point(1, 2), 1, 0) }
    function test_29() { fuzzyCompare(new Date(0), 0, 0) }
    function test_30() { fuzzyCompare("1,5", 1.5, 0) }
}
