import QtQuick
import QtTest

// How compare() prints more kinds of values: url/color/date/list properties, value types,
// big and small numbers, sparse arrays, objects with toString, errors, maps, symbols, typed
// arrays, wrapper objects, control characters (printed as ?).
TestCase {
    id: tc
    name: "Fmt"
    property url u: "http://example.com/a b"
    property color c: "red"
    property date d: new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6))
    property var listv: [1, 2]
    property list<QtObject> objs: [QtObject { objectName: "o1" }, QtObject {}]
    property point pt: Qt.point(1.5, 2)
    property size sz: Qt.size(3, 4)
    property rect rc: Qt.rect(1, 2, 3, 4)
    property real r: 0.1
    property int i: 7
    function test_01_url_prop() { compare(u, "x") }
    function test_02_color() { compare(c, "blue") }
    function test_03_color_obj() { compare(c, Qt.rgba(0, 0, 1, 0.5)) }
    function test_04_date() { compare(d, new Date(0)) }
    function test_05_regexp() { compare(/ab+c/gi, /x/) }
    function test_06_list_prop() { compare(objs, 1) }
    function test_07_size() { compare(sz, rc) }
    function test_09_float() { compare(0.1 + 0.2, 0.4) }
    function test_10_big() { compare(1e21, 123456789012) }
    function test_11_small() { compare(1e-7, -2.5e-10) }
    function test_12_inf() { compare(Infinity, -Infinity) }
    function test_13_nan() { compare(NaN, 0) }
    function test_14_sparse() { var a = [1]; a[3] = 4; compare(a, [null, undefined]) }
    function test_15_obj_tostring() { compare({toString: function() { return "custom" }}, 2) }
    function test_16_error() { compare(new Error("bad"), 3) }
    function test_17_map() { compare(new Map([[1, 2]]), new Set([1])) }
    function test_18_class() { class Foo { constructor() { this.x = 1 } }; compare(new Foo(), {x: 2}) }
    function test_19_item() { compare(tc, null) }
    function test_20_typed() { compare(new Uint8Array([1, 2]), [1, 2, 3]) }
    function test_21_nested_objs_in_array() { compare([{a: 1}, [2, [3, {}]]], []) }
    function test_22_string_obj() { compare(new String("s"), new Number(5)) }
    function test_23_bool_obj() { compare(new Boolean(false), true) }
    function test_24_symbol() { compare(Symbol("sym"), 1) }
    function test_25_fuzzy_float() { fuzzyCompare(0.1 + 0.2, 0.5, 0.01) }
    function test_26_fuzzy_int() { fuzzyCompare(10, 20, 5) }
    function test_27_fuzzy_str() { fuzzyCompare("abc", 1, 100) }
    function test_28_fuzzy_nan() { fuzzyCompare(NaN, 1, 100) }
    function test_29_fuzzy_color() { fuzzyCompare("#ff0000", "#fe0000", 2) }
    function test_30_fuzzy_color_fail() { fuzzyCompare(c, "#0000ff", 10) }
    function test_31_fuzzy_msg() { fuzzyCompare(1.5, 3.25, 0.5, "close?") }
    function test_32_fuzzy_pass() { fuzzyCompare(1.5, 1.6, 0.2); fuzzyCompare(true, 1, 0); fuzzyCompare("2", 2, 0) }
    function test_33_real_prop() { compare(r, 0.2) }
    function test_34_int_prop() { compare(i * 1000000, 1.5e9) }
    function test_35_point_prop() { compare(pt, Qt.point(1.5, 2.5)) }
    function test_36_negative() { compare(-5, -5.5) }
    function test_37_array_holes_undef() { compare([undefined, null, NaN], [1]) }
    function test_38_empty_array() { compare([], {}) }
    function test_39_date_invalid() { compare(new Date(NaN), 1) }
    function test_40_long_string() { compare("a\tb\u0001c", "abc") }
}
