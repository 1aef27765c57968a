import QtQuick
import QtTest

// TestCase's input and rendering helpers headless: mouse functions check
// their item (anything else fails twice: at the call, then one frame
// further out) and process no events; key functions process pending events;
// waitForRendering after a change returns true; isPolishScheduled and
// waitForItemPolished check their arguments.
Item {
    id: root
    width: 100; height: 100
    Rectangle { id: box; width: 10; height: 10; color: "red" }
    Timer { id: timer; interval: 30; onTriggered: console.log("timer") }
    QtObject { id: plain }

    TestCase {
        id: testCase
        name: "Input"
        when: windowShown

        function clickThrough(target) { mouseClick(target) }

        function test_a_click() {
            Qt.callLater(function () { console.log("later") })
            mouseClick(box)
            mousePress(box, 1, 1)
            mouseMove(box, 2, 2)
            mouseRelease(box, 2, 2, Qt.LeftButton)
            mouseDoubleClickSequence(box)
            mouseWheel(box, 1, 1, 0, 120)
            console.log("after mouse")
        }
        function test_b_key() {
            Qt.callLater(function () { console.log("later") })
            keyClick(Qt.Key_A)
            console.log("after key")
            keyPress("b")
            keyRelease("b")
            keySequence("ctrl+c")
        }
        function test_c_drag() {
            timer.start()
            mouseDrag(box, 0, 0, 20, 20)
            console.log("after drag")
            wait(60)
        }
        function test_d_render() {
            Qt.callLater(function () { console.log("later") })
            box.color = "blue"
            verify(waitForRendering(box))
            box.width = 20
            console.log(waitForRendering(box, 1000))
        }
        function test_e_render_null() { waitForRendering(null) }
        function test_f_not_item() { mouseMove(plain) }
        function test_g_object() { mouseClick({}) }
        function test_h_helper() { clickThrough(testCase.name) }
        function test_i_polish() {
            box.width = 40
            console.log(isPolishScheduled(box), waitForItemPolished(box), waitForItemPolished(box, 100))
        }
        function test_j_polish_null() { isPolishScheduled(null) }
        function test_k_polished_timeout() { waitForItemPolished(box, "x") }
        function test_l_polished_number() { waitForItemPolished(5) }
    }
}
