import QtQml
import QtTest

TestCase {
    id: main
    name: "WhenMain"

    property bool go: false

    Timer {
        interval: 100
        running: true
        onTriggered: {
            console.log("timer sets go")
            main.go = true
        }
    }

    function test_main() { console.log("WhenMain test_main, go =", go) }

    TestCase {
        name: "WhenDelayed"
        when: main.go
        function initTestCase() { console.log("WhenDelayed initTestCase, go =", main.go) }
        function test_delayed() { verify(main.go) }
    }
}
