import QtQml
import QtTest

TestCase {
    name: "ExpectFailData"

    function test_rows_data() {
        return [
            {tag: "good", a: 1, b: 1},
            {tag: "bad", a: 1, b: 2},
            {tag: "passes", a: 3, b: 3},
        ]
    }

    function test_rows(data) {
        expectFail("bad", "bad row is known to fail")
        expectFail("passes", "this row actually passes")
        compare(data.a, data.b)
    }
}
