import QtQml
import QtTest

TestCase {
    name: "FailMidFunction"

    function test_middle() {
        console.log("step 1")
        compare(1, 1)
        console.log("step 2")
        compare([1, 2], [1, 2])
        console.log("step 3")
        compare("left",
                "right")
        console.log("step 4 not reached")
        compare(2, 2)
    }

    function check(v) {
        compare(v, 10, "check helper")
    }

    function test_failure_in_helper() {
        check(10)
        check(11)
        console.log("not reached")
    }

    function test_after() {
        console.log("next test still runs")
    }
}
