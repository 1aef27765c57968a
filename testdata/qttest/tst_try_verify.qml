import QtQml
import QtTest

TestCase {
    id: testCase
    name: "TryVerify"

    property bool ready: false

    Timer {
        id: timer
        interval: 100
        onTriggered: testCase.ready = true
    }

    function test_a_becomes_true() {
        timer.start()
        verify(!ready)
        tryVerify(function() { return ready })
        verify(ready)
    }

    function test_b_timeout() {
        tryVerify(function() { return false }, 150)
    }

    function test_c_timeout_with_message() {
        tryVerify(() => false, 100, "never becomes true")
    }

    function test_d_not_a_function() {
        tryVerify(true)
    }

    function test_e_bad_timeout() {
        tryVerify(() => true, "x")
    }

    function test_f_bad_message() {
        tryVerify(() => true, 100, 5)
    }
}
