import QtQml
import QtTest

TestCase {
    name: "BenchOnceData"
    function benchmark_once_rows_data() { return [{tag: "a"}, {tag: "b"}] }
    function benchmark_once_rows(row) {
        console.log("row", row.tag)
    }
    function benchmark_once_fails() {
        console.log("fails")
        verify(false, "bench check")
    }
    function benchmark_once_skips() {
        skip("not now")
    }
}
