import QtQml
import QtTest

TestCase {
    id: testCase
    name: "SignalSpyBasics"

    QtObject {
        id: emitter
        property int value: 0
        signal fired(int a, string b)
        signal noArgs()
    }

    SignalSpy {
        id: spy
        target: emitter
        signalName: "fired"
    }

    SignalSpy {
        id: changeSpy
        target: emitter
        signalName: "valueChanged"
    }

    SignalSpy {
        id: noTarget
        signalName: "fired"
    }

    function test_a_count_and_arguments() {
        verify(spy.valid)
        compare(spy.count, 0)
        emitter.fired(1, "one")
        emitter.fired(2, "two")
        compare(spy.count, 2)
        compare(spy.signalArguments.length, 2)
        compare(spy.signalArguments[0][0], 1)
        compare(spy.signalArguments[0][1], "one")
        compare(spy.signalArguments[1][1], "two")
        console.log("arguments length", spy.signalArguments[1].length)
    }

    function test_b_clear() {
        spy.clear()
        compare(spy.count, 0)
        compare(spy.signalArguments.length, 0)
        verify(spy.valid)
        emitter.fired(3, "three")
        compare(spy.count, 1)
    }

    function test_c_property_change_signal() {
        compare(changeSpy.count, 0)
        emitter.value = 5
        emitter.value = 5
        emitter.value = 6
        compare(changeSpy.count, 2)
    }

    function test_d_no_target_is_invalid() {
        verify(!noTarget.valid)
        compare(noTarget.count, 0)
    }

    function test_e_retarget() {
        noTarget.target = emitter
        verify(noTarget.valid)
        emitter.fired(4, "four")
        compare(noTarget.count, 1)
        noTarget.signalName = "noArgs"
        emitter.fired(5, "five")
        emitter.noArgs()
        compare(noTarget.count, 2)
        compare(noTarget.signalArguments.length, 1)
    }

    function test_f_unknown_signal() {
        noTarget.signalName = "doesNotExist"
        verify(!noTarget.valid)
    }

    function test_g_count_failure() {
        compare(spy.count, 99)
    }
}
