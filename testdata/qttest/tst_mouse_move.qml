import QtQuick
import QtTest

// mouseMove follows a press: the pressing MouseArea gets positionChanged,
// exited/containsPress false when the mouse leaves it, and a release
// outside is no click. Without a press (and no hoverEnabled) nothing
// happens.
Item {
    id: root
    width: 300; height: 300
    Rectangle {
        id: box
        x: 20; y: 20; width: 50; height: 50
        MouseArea {
            id: area
            anchors.fill: parent
            onPositionChanged: (mouse) => console.log("position", mouse.x, mouse.y, mouse.buttons, pressed, containsMouse)
            onPressed: console.log("pressed")
            onReleased: (mouse) => console.log("released", mouse.isClick)
            onClicked: console.log("clicked")
            onEntered: console.log("entered")
            onExited: console.log("exited")
            onContainsPressChanged: console.log("containsPress", containsPress)
            onMouseXChanged: console.log("mouseX", mouseX)
        }
    }
    TestCase {
        name: "MouseMove"
        when: windowShown
        function test_a_without_press() { mouseMove(area, 5, 5); mouseMove(area, 6, 6); console.log("--") }
        function test_b_leave() {
            mousePress(area, 5, 5)
            mouseMove(area, 10, 10)
            mouseMove(area, 100, 100)
            mouseRelease(area, 100, 100)
        }
        function test_c_leave_and_return() {
            mousePress(area, 5, 5)
            mouseMove(root, 200, 200)
            mouseMove(area)
            mouseRelease(area)
        }
        function test_d_wheel() { mouseWheel(area, 5, 5, 0, 120) }
    }
}
