// A TestCase made by a Loader while another TestCase waits (it runs inside that wait, and the
// waiting function's later output and PASS go to UnknownTestFunc()), an optional TestCase
// waiting for `when`, timers firing during wait().
import QtQuick
import QtTest

Item {
    id: root
    property bool go: false
    Timer { id: t1; interval: 60; running: true; onTriggered: { console.log("timer fired"); root.go = true } }
    Timer { interval: 20; running: true; repeat: false; onTriggered: console.log("early timer") }

    Loader {
        id: loader
        active: root.go
        sourceComponent: TestCase {
            name: "Loaded"
            function test_loaded() { console.log("loaded test runs") }
        }
    }

    TestCase {
        id: first
        name: "First"
        optional: true
        when: root.go
        function test_a() { console.log("first a", root.go) }
    }

    TestCase {
        name: "Second"
        function test_b() { console.log("second b"); wait(500); console.log("after wait", root.go) }
    }
}
