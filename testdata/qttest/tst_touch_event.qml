import QtQuick
import QtTest

// touchEvent(item) returns a sequence whose press/move/release calls are
// delivered at commit(); a MouseArea gets the first touch point as the
// mouse. A call without an id fails; a non-Item fails twice.
Item {
    id: root
    width: 300; height: 300
    MouseArea {
        id: area
        x: 10; y: 10; width: 50; height: 50
        onPressed: (mouse) => console.log("pressed", mouse.x, mouse.y, mouse.button)
        onReleased: (mouse) => console.log("released", mouse.x, mouse.y)
        onClicked: console.log("clicked")
        onPositionChanged: (mouse) => console.log("position", mouse.x, mouse.y, containsMouse)
        onPressedChanged: console.log("pressedChanged", pressed)
        onEntered: console.log("entered")
        onExited: console.log("exited")
    }
    TestCase {
        name: "Touch"
        when: windowShown
        function test_a_commit() {
            var touch = touchEvent(area)
            touch.press(0, area, 5, 5)
            console.log("before commit")
            touch.commit()
            console.log("after commit")
            touch.release(0, area, 5, 5).commit()
        }
        function test_b_chained_defaults() { touchEvent(area).press(0).commit().release(0).commit() }
        function test_c_move() {
            touchEvent(area).press(1, area, 5, 5).commit().move(1, area, 10, 12).commit().release(1, area, 10, 12).commit()
        }
        function test_e_no_id() { touchEvent(area).press() }
        function test_f_not_item() { touchEvent(null) }
    }
}
