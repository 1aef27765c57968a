import QtQml
import QtTest

TestCase {
    name: "DataDriven"

    function test_add_data() {
        return [
            {tag: "zero", a: 0, b: 0, sum: 0},
            {tag: "one plus one", a: 1, b: 1, sum: 2},
            {tag: "wrong", a: 2, b: 2, sum: 5},
            {tag: "negative", a: -1, b: -2, sum: -3},
        ]
    }

    function test_add(data) {
        compare(data.a + data.b, data.sum)
    }

    function test_untagged_data() {
        return [{v: 1}, {v: 2}, {tag: "", v: 3}]
    }

    function test_untagged(data) {
        console.log("row", data.tag, data.v)
        verify(data.v !== 2, "v is two")
    }

    function test_skip_row_data() {
        return [{tag: "a"}, {tag: "b"}, {tag: "c"}]
    }

    function test_skip_row(data) {
        if (data.tag === "b")
            skip("b is skipped")
        console.log("ran", data.tag)
    }

    function test_empty_data() {
        return []
    }

    function test_empty() {
        console.log("never runs")
    }
}
