import QtQml
import QtTest

TestCase {
    name: "ConsoleOutput"

    Component.onCompleted: console.log("log from onCompleted")

    function initTestCase() {
        console.log("log in initTestCase")
    }

    function test_levels() {
        console.log("log", 1, true, null)
        console.debug("debug")
        console.info("info")
        console.warn("warn")
        console.error("error")
    }

    function test_objects() {
        console.log([1, 2], {a: 1})
    }

    function cleanupTestCase() {
        console.warn("warn in cleanupTestCase")
    }
}
