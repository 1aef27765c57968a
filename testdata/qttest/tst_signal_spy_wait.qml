import QtQml
import QtTest

TestCase {
    id: testCase
    name: "SignalSpyWait"

    QtObject {
        id: emitter
        signal ping(string what)
    }

    Timer {
        id: timer
        interval: 100
        onTriggered: emitter.ping("from timer")
    }

    SignalSpy {
        id: spy
        target: emitter
        signalName: "ping"
    }

    function test_a_wait_for_timer() {
        timer.start()
        compare(spy.count, 0)
        spy.wait()
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "from timer")
    }

    function test_b_already_emitted() {
        spy.clear()
        emitter.ping("sync")
        spy.wait(100)
        compare(spy.count, 1)
    }

    function test_c_timeout() {
        spy.clear()
        spy.wait(150)
        console.log("not reached")
    }
}
