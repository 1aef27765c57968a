import QtQml
import QtTest

TestCase {
    name: "FailFunction"

    function test_fail_with_message() {
        fail("this always fails")
        console.log("not reached")
    }

    function test_fail_without_message() {
        fail()
    }

    function helper() {
        fail("failed inside a helper")
    }

    function test_fail_in_helper() {
        helper()
    }

    function test_fail_caught() {
        try {
            fail("caught failure")
        } catch (e) {
            console.log("caught:", e.message)
        }
        console.log("continues after catch")
    }
}
