// SignalSpy: signalArguments of a signal with arguments (arguments objects), a property change
// signal spied by name and by handler name, valid, wait() counting wait calls since clear()
// (not emissions), retargeting.
import QtQuick
import QtTest

Item {
    id: root
    signal withArgs(int n, string s, var v)
    property int value: 0
    SignalSpy { id: argsSpy; target: root; signalName: "withArgs" }
    SignalSpy { id: propSpy; target: root; signalName: "valueChanged" }
    SignalSpy { id: handlerSpy; target: root; signalName: "onValueChanged" }
    SignalSpy { id: badSpy; target: root; signalName: "nothing" }
    SignalSpy { id: noTarget; signalName: "withArgs" }

    TestCase {
        name: "Spy2"
        function test_args() {
            root.withArgs(1, "a", {k: [1]})
            root.withArgs(2, "b", null)
            compare(argsSpy.count, 2)
            compare(argsSpy.signalArguments.length, 2)
            compare(argsSpy.signalArguments[0][0], 1)
            compare(argsSpy.signalArguments[0][2], {k: [1]})
            compare(argsSpy.signalArguments[1].length, 3)
            console.log(JSON.stringify(argsSpy.signalArguments))
            compare(argsSpy.signalArguments[1], [2, "b", null])
        }
        function test_prop() {
            root.value = 3
            root.value = 4
            compare(propSpy.count, 2)
            compare(handlerSpy.count, 2)
            console.log(JSON.stringify(propSpy.signalArguments))
        }
        function test_valid() {
            compare(argsSpy.valid, true)
            compare(badSpy.valid, false)
            compare(noTarget.valid, false)
            compare(badSpy.count, 0)
        }
        function test_wait_fail() {
            propSpy.clear()
            propSpy.wait(60)
        }
        function test_wait_twice() {
            propSpy.clear()
            root.value = 10
            root.value = 11
            propSpy.wait(10)
            propSpy.wait(10)
            propSpy.wait(10)
        }
        function test_retarget() {
            noTarget.target = root
            root.withArgs(5, "x", 1)
            compare(noTarget.count, 1)
            noTarget.signalName = "valueChanged"
            compare(noTarget.count, 0)
        }
    }
}
