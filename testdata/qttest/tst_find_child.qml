import QtQml
import QtTest

TestCase {
    id: testCase
    name: "FindChild"

    QtObject {
        id: plain
        objectName: "plainChild"
    }

    Timer {
        id: timer
        objectName: "theTimer"
    }

    function test_found() {
        compare(findChild(testCase, "plainChild"), plain)
        compare(findChild(testCase, "theTimer"), timer)
    }

    function test_not_found() {
        compare(findChild(testCase, "missing"), null)
    }

    function test_null_parent() {
        compare(findChild(null, "plainChild"), null)
    }
}
