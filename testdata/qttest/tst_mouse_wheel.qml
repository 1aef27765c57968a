import QtQuick
import QtTest

// mouseWheel reaches the topmost MouseArea under the point that has a wheel
// handler (one refusing the event passes it on); the WheelEvent's
// angleDelta is a QPoint. Without x and y nothing is delivered.
Item {
    id: root
    width: 300; height: 300
    MouseArea {
        id: area
        x: 10; y: 10; width: 50; height: 50
        onWheel: (wheel) => console.log("wheel", wheel.x, wheel.y, wheel.angleDelta, wheel.angleDelta.y,
                                        wheel.pixelDelta, wheel.buttons, wheel.modifiers, wheel.inverted, wheel.accepted)
    }
    MouseArea {
        id: lower
        x: 100; y: 10; width: 50; height: 50
        onWheel: (wheel) => console.log("lower wheel", wheel.angleDelta.y)
    }
    MouseArea { id: noHandler; x: 100; y: 10; width: 50; height: 50; onClicked: console.log("clicked") }
    MouseArea {
        id: bottom
        x: 200; y: 10; width: 50; height: 50
        onWheel: (wheel) => console.log("bottom wheel", wheel.angleDelta.y)
    }
    MouseArea {
        id: refusing
        x: 200; y: 10; width: 50; height: 50
        onWheel: (wheel) => { console.log("refusing wheel"); wheel.accepted = false }
    }
    TestCase {
        name: "Wheel"
        when: windowShown
        function test_a_plain() { mouseWheel(area, 5, 6, 0, 120) }
        function test_b_buttons_modifiers() { mouseWheel(area, 5, 6, 120, -240, Qt.LeftButton, Qt.ControlModifier) }
        function test_c_no_handler_above() { mouseWheel(noHandler, 5, 6, 0, 120) }
        function test_d_refused() { mouseWheel(refusing, 5, 6, 0, -120) }
        function test_e_no_point() { mouseWheel(area) }
    }
}
