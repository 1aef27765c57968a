import QtQml
import QtTest

TestCase {
    id: testCase
    name: "TryCompare"

    property int counter: 0
    property string status: "idle"

    Timer {
        id: timer
        interval: 100
        onTriggered: testCase.status = "done"
    }

    Timer {
        id: ticker
        interval: 20
        repeat: true
        onTriggered: {
            testCase.counter++
            if (testCase.counter === 5)
                stop()
        }
    }

    function test_a_already_equal() {
        tryCompare(testCase, "status", "idle")
    }

    function test_b_changes_later() {
        timer.start()
        compare(status, "idle")
        tryCompare(testCase, "status", "done")
        compare(status, "done")
    }

    function test_c_repeating_timer() {
        counter = 0
        ticker.start()
        tryCompare(testCase, "counter", 5, 2000)
        verify(!ticker.running)
    }

    function test_d_timeout() {
        tryCompare(testCase, "status", "never", 200)
    }

    function test_e_timeout_with_message() {
        tryCompare(testCase, "status", "never", 100, "status never changes")
    }

    function test_f_missing_value() {
        tryCompare(testCase, "status")
    }

    function test_g_bad_property_argument() {
        tryCompare(testCase, {}, 1)
    }

    function test_h_bad_timeout() {
        tryCompare(testCase, "status", "done", "soon")
    }

    function test_i_plain_object() {
        var o = {x: 1}
        tryCompare(o, "x", 1)
        tryCompare(o, "x", 2, 100)
    }
}
