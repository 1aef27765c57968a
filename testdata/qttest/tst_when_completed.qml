import QtQuick
import QtTest

Item {
// A TestCase whose `when` is another one's `completed` runs from that change
// signal, inside the first one's run: the first one's cleanupTestCase PASS then
// comes after it, as qmltestrunner::UnknownTestFunc(). running/completed
// change signals; a TestCase waiting for windowShown.
    id: root
    TestCase {
        id: first
        name: "First"
        onRunningChanged: console.log("first running", running)
        onCompletedChanged: console.log("first completed", completed)
        function test_a() { console.log("first.test_a", running, completed, second.completed) }
    }
    TestCase {
        id: second
        name: "Second"
        when: first.completed
        function initTestCase() { console.log("second init", first.completed, first.running) }
        function test_b() { console.log("second.test_b", running) }
    }
    TestCase {
        id: third
        name: "Third"
        when: second.completed && windowShown
        function test_c() { verify(first.completed && second.completed) }
    }
}
