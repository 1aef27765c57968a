import QtQml
import QtTest

TestCase {
    name: "InitData"

    function init_data() {
        return [{tag: "first", n: 1}, {tag: "second", n: 2}]
    }

    function test_uses_init(data) {
        console.log("test_uses_init", data.tag, data.n)
    }

    function test_own_rows_data() {
        return [{tag: "own", n: 9}]
    }

    function test_own_rows(data) {
        console.log("test_own_rows", data.tag, data.n)
    }
}
