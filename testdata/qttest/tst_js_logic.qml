// JavaScript logic tests: helpers that compare (Loc is the helper's line), checks in
// callbacks and arrow functions, classes with getters, dates, JSON round trips, string and
// number functions, a rethrown RangeError.
import QtQml
import QtTest

TestCase {
    name: "Logic2"

    QtObject {
        id: store
        property var items: []
        function add(item) { items = items.concat([item]); return items.length }
        function byName(n) { return items.filter(i => i.name === n) }
    }

    function checkItem(item, name, qty) {
        compare(item.name, name, "name of " + JSON.stringify(item))
        compare(item.qty, qty)
    }

    function init() { store.items = [] }

    function test_add_and_find() {
        store.add({name: "apple", qty: 3})
        store.add({name: "pear", qty: 1})
        var found = store.byName("apple")
        compare(found.length, 1)
        checkItem(found[0], "apple", 3)
        checkItem(store.items[1], "pear", 2)
    }

    function test_in_callback() {
        [1, 2, 3].forEach(function(v, i) {
            verify(v < 3, "value " + v + " at " + i)
        })
    }

    function test_arrow() {
        const check = (a, b) => compare(a, b)
        check("x", "x")
        check([1, 2], [1, 2, 3])
    }

    function test_class() {
        class Stack {
            constructor() { this.data = [] }
            push(x) { this.data.push(x); return this }
            get size() { return this.data.length }
        }
        var s = new Stack().push(1).push(2)
        compare(s.size, 2)
        compare(s, {data: [1, 2]})
    }

    function test_dates() {
        var d = new Date(2024, 1, 29, 13, 45, 0)
        compare(d.getMonth(), 1)
        compare(Qt.formatDate(d, "yyyy-MM-dd"), "2024-02-29")
        compare(d, new Date(2024, 1, 29, 13, 45, 1))
    }

    function test_json_roundtrip_data() {
        return [
            {tag: "object", input: {a: 1, b: [true, null]}},
            {tag: "nested", input: {x: {y: {z: "deep"}}}},
            {tag: "number", input: 1.5},
            {tag: "undefined-member", input: {a: undefined}}
        ]
    }
    function test_json_roundtrip(data) {
        compare(JSON.parse(JSON.stringify(data.input)), data.input)
    }

    function test_string_ops() {
        compare("Hello".padStart(8, "*"), "***Hello")
        compare("a,b,,c".split(","), ["a", "b", "", "c"])
        compare("ß".toUpperCase(), "SS")
        compare(("abc").localeCompare("abd"), -1)
        compare(parseInt("08"), 8)
        compare(Number("1e3"), 1000)
        compare((1234.5678).toFixed(2), "1234.57")
        compare(String(0.1 * 3), "0.30000000000000004")
    }

    function test_exceptions() {
        var caught = null
        try { JSON.parse("{bad") } catch (e) { caught = e }
        verify(caught instanceof SyntaxError)
        compare(caught.name, "SyntaxError")
        var err = new RangeError("too far")
        compare(err.toString(), "RangeError: too far")
        throw err
    }
}
