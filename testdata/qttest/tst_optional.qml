import QtQml
import QtTest

TestCase {
    name: "Mandatory"

    function test_runs() { console.log("Mandatory test_runs") }

    TestCase {
        name: "OptionalNeverRuns"
        when: false
        optional: true
        function test_not_run() {
            console.log("should not run")
            verify(false)
        }
    }

    TestCase {
        name: "OptionalRuns"
        optional: true
        function test_runs_anyway() { console.log("OptionalRuns test_runs_anyway") }
    }
}
