import QtQml
import QtTest

TestCase {
    name: "ExpectFailContinue"

    function test_continue() {
        expectFailContinue("", "first is known")
        compare(1, 2, "one is two")
        console.log("after first")
        expectFailContinue("", "second is known")
        verify(false, "false is true")
        console.log("after second")
        compare(3, 3)
    }

    function test_xpass() {
        expectFail("", "should fail but passes")
        compare(5, 5)
        console.log("not reached?")
    }

    function test_expect_fail_then_fail() {
        expectFail("", "known")
        verify(false)
        console.log("not reached")
    }

    function test_rows_data() {
        return [{tag: "a", v: 1}, {tag: "b", v: 2}]
    }

    function test_rows(data) {
        expectFailContinue("b", "row b is known")
        compare(data.v, 1)
        console.log("row", data.tag, "done")
    }

    function test_unused_expect() {
        expectFail("", "never used")
    }
}
