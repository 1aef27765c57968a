import QtQuick
import QtTest

// What compare() considers equal: QML objects never (their methods differ), objects with
// x, y and z as vectors, objects by constructor and enumerable (also inherited) properties,
// empty objects by JSON, symbols, invalid dates, wrappers, functions, regexps.
TestCase {
    id: tc
    name: "ObjCmp"
    QtObject { id: q1; property int v: 1 }
    QtObject { id: q2; property int v: 1 }
    QtObject { id: q3; property int v: 2 }
    Item { id: i1; width: 5 }
    Item { id: i2; width: 5 }
    Timer { id: t1 }
    Timer { id: t2 }
    function test_01_same_qobjects() { compare(q1, q2) }
    function test_02_diff_qobjects() { compare(q1, q3) }
    function test_03_items() { compare(i1, i2) }
    function test_04_timers() { compare(t1, t2) }
    function test_05_qobj_vs_obj() { compare(q1, {v: 1}) }
    function test_06_xyz() { compare({x: 1, y: 2, z: 3, w: 9}, {x: 1, y: 2, z: 3.000001, w: 0}) }
    function test_07_map_empty() { compare(new Map([[1, 2]]), new Map()) }
    function test_08_class_vs_obj() { class Foo { constructor() { this.x = 1 } }; compare(new Foo(), {x: 1}) }
    function test_09_inherited() { var p = {a: 1}; var o = Object.create(p); compare(o, {a: 1}) }
    function test_10_item_vs_string() { compare(i1, String(i1)) }
    function test_11_item_vs_number() { compare(i1, 5) }
    function test_12_symbols() { var s = Symbol("a"); compare(s, s); compare(Symbol("a"), Symbol("a")) }
    function test_13_invalid_dates() { compare(new Date(NaN), new Date(NaN)) }
    function test_14_str_vs_strobj() { compare("a", new String("a")); compare(new String("a"), new String("a")) }
    function test_15_funcs() { var f = function() {}; compare(f, f); compare(function() {}, function() {}) }
    function test_16_date_vs_number() { compare(new Date(5), 5) }
    function test_17_obj_undefined_vals() { compare({a: undefined}, {b: undefined}) }
    function test_18_obj_vs_array() { compare({0: 1, length: 1}, [1]) }
    function test_19_nested_null() { compare({a: null}, {a: null}); compare({a: null}, {a: undefined}) }
    function test_21_string_vs_obj_tostring() { compare({toString: function() { return "x" }}, "x") }
    function test_22_number_vs_numobj() { compare(new Number(5), 5); compare(5, new Number(5.000001)) }
    function test_23_bool() { compare(new Boolean(true), true); compare(true, 1) }
    function test_24_regexp() { compare(/a/g, /a/g); compare(/a/g, /a/i) }
    function test_25_array_vs_list() { compare([q1], [q2]) }
}
