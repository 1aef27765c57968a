// Qt.quit() inside a test: the TestCase goes on, but qmltestrunner then never enters its event
// loop (a TestCase waiting for windowShown never runs); an exception in a TestCase's own
// Component.onCompleted is a QWARN after its tests.
import QtQuick
import QtTest

Item {
    TestCase {
        name: "Quitter"
        function test_a() { console.log("before quit"); Qt.quit(); console.log("after quit") }
        function test_b() { console.log("b still runs"); wait(20); console.log("after wait") }
        Component.onCompleted: { console.log("user completed"); throw new Error("oops in onCompleted") }
    }
    TestCase {
        name: "Waiting"
        when: windowShown
        function test_w() { console.log("waiting ran") }
    }
}
