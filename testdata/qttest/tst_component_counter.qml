// A component test as developers write them: a Counter.qml under test, SignalSpy, a Timer
// with tryCompare and SignalSpy.wait, createTemporaryObject, ListModel, data-driven tests
// of a JavaScript library (logic.js), exceptions thrown in it, fuzzyCompare, skip rows.
import QtQuick
import QtTest
import "logic.js" as Logic

Item {
    id: root
    width: 200; height: 100

    Component {
        id: counterComponent
        Counter {}
    }

    Counter { id: shared; objectName: "sharedCounter" }

    SignalSpy { id: overflowSpy; target: shared; signalName: "overflowed" }
    SignalSpy { id: valueSpy; target: shared; signalName: "valueChanged" }

    Timer { id: delayed; interval: 30; onTriggered: shared.value = 42 }

    ListModel { id: model; ListElement { name: "a" } ListElement { name: "b" } }

    TestCase {
        name: "Counter"

        function init() {
            shared.value = 0
            shared.step = 1
            overflowSpy.clear()
            valueSpy.clear()
        }

        function test_increment() {
            shared.increment()
            compare(shared.value, 1)
            compare(shared.label, "count: 1")
            compare(valueSpy.count, 1)
        }

        function test_overflow() {
            shared.step = 6
            shared.increment()
            shared.increment()
            compare(overflowSpy.count, 1)
            compare(overflowSpy.signalArguments[0][0], 12)
            compare(shared.value, 0)
        }

        function test_temporary() {
            var c = createTemporaryObject(counterComponent, root, {value: 5, step: 2})
            verify(c)
            c.increment()
            compare(c.value, 7)
            compare(c.label, "count: 7")
            var spy = createTemporaryObject(spyComponent, root, {target: c, signalName: "overflowed"})
            c.step = 10
            c.increment()
            compare(spy.count, 1)
        }

        Component { id: spyComponent; SignalSpy {} }

        function test_timer() {
            delayed.start()
            tryCompare(shared, "value", 42, 1000)
            compare(valueSpy.count, 1)
        }

        function test_timer_wait() {
            delayed.start()
            valueSpy.wait(1000)
            compare(shared.value, 42)
        }

        function test_find() {
            compare(findChild(root, "sharedCounter"), shared)
            verify(!findChild(root, "nothing"))
        }

        function test_model() {
            compare(model.count, 2)
            model.append({name: "c"})
            compare(model.get(2).name, "c")
            model.remove(0)
            compare(model.get(0).name, "b")
            compare(model.count, 3)
        }

        function test_logic_data() {
            return [
                {tag: "ints", a: 1, b: 2, sum: 3},
                {tag: "strings", a: "1", b: "2", sum: "12"},
                {tag: "mixed", a: 1, b: "2", sum: 3},
                {tag: "floats", a: 0.1, b: 0.2, sum: 0.3}
            ]
        }
        function test_logic(data) {
            compare(Logic.add(data.a, data.b), data.sum)
        }

        function test_parse() {
            compare(Logic.parse('{"a": [1, 2]}'), {a: [1, 2]})
            Logic.parse(5)
        }

        function test_clamp() {
            fuzzyCompare(Logic.clamp(1.23456, 0, 1), 1, 0.001)
            fuzzyCompare(Logic.clamp(-5, 0, 1), 0.5, 0.1, "clamped low")
        }

        function test_model_fail() {
            compare(model.get(0), {name: "a"})
        }

        function test_wait_callLater() {
            var hit = false
            Qt.callLater(function() { hit = true })
            verify(!hit)
            wait(0)
            verify(hit)
        }

        function test_tryVerify_timeout() {
            tryVerify(function() { return shared.value === 99 }, 100, "never 99")
        }

        function test_skip_data() { return [{tag: "x"}, {tag: "y"}] }
        function test_skip(row) {
            if (row.tag === "x") skip("x not supported")
            verify(true)
        }

        function cleanupTestCase() { console.log("done", shared.value) }
    }
}
