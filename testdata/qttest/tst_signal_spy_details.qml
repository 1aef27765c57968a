import QtQml
import QtTest

TestCase {
    id: tc
    name: "SpyDetails"
    signal fired(int n, string s)
    property int value: 0

    SignalSpy { id: spy; target: tc; signalName: "fired" }
    SignalSpy { id: vspy; target: tc; signalName: "valueChanged" }
    SignalSpy { id: bad; target: tc; signalName: "nosuch" }
    SignalSpy { id: empty }

    function test_args() {
        fired(1, "a")
        fired(2, "b")
        compare(spy.count, 2)
        compare(spy.signalArguments.length, 2)
        compare(spy.signalArguments[1][0], 2)
        compare(spy.signalArguments[1][1], "b")
        console.log(JSON.stringify(spy.signalArguments))
        spy.clear()
        compare(spy.count, 0)
        console.log(spy.valid, bad.valid, empty.valid, spy.signalName, bad.signalName)
    }

    function test_property_change() {
        value = 3
        value = 3
        value = 4
        compare(vspy.count, 2)
        console.log(JSON.stringify(vspy.signalArguments))
    }

    function test_wait_timeout() {
        spy.clear()
        spy.wait(50)
    }
}
