import QtQml
import QtTest

// A second TestCase nested inside the first one (TestCase is an Item, its children
// go to its default property). Both run.
TestCase {
    name: "Outer"

    function initTestCase() { console.log("Outer initTestCase") }
    function test_outer() { console.log("Outer test_outer") }
    function test_outer_fails() { compare("outer", "inner") }

    TestCase {
        name: "Inner"

        function initTestCase() { console.log("Inner initTestCase") }
        function test_inner() { console.log("Inner test_inner") }
    }

    Component.onCompleted: console.log("Outer completed")
}
