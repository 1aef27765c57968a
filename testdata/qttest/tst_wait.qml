import QtQml
import QtTest

TestCase {
    id: testCase
    name: "Wait"

    property int fired: 0

    Timer {
        id: timer
        interval: 50
        onTriggered: {
            testCase.fired++
            console.log("timer fired")
        }
    }

    function test_a_timer_needs_event_loop() {
        timer.start()
        compare(fired, 0)
        console.log("before wait")
        wait(200)
        console.log("after wait")
        compare(fired, 1)
    }

    function test_b_wait_zero_processes_queued_calls() {
        var log = []
        Qt.callLater(function() { log.push("later") })
        compare(log.length, 0)
        wait(0)
        compare(log, ["later"])
    }

    function test_c_no_wait_no_timer() {
        fired = 0
        timer.start()
        compare(fired, 0)
        timer.stop()
    }
}
