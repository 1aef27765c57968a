import QtQml
import QtTest

TestCase {
    name: "ManyFailures"

    function test_rows_data() {
        return [{tag: "a"}, {tag: "b"}, {tag: "c"}]
    }
    function test_rows(row) { verify(false, row.tag) }
    function test_f1() { verify(false) }
    function test_f2() { verify(false) }
    function test_f3() { compare(1, 2) }
    function test_pass() { verify(true) }
    function test_skip() { skip("skipped") }
}
