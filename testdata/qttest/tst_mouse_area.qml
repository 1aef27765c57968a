import QtQuick
import QtTest

// mouseClick/mousePress/mouseRelease/mouseDoubleClickSequence deliver to
// MouseAreas: the topmost visible, enabled one under the point that accepts
// the button (a press refused with mouse.accepted = false goes to the next
// one), the release to the one that took the press. The signals and property
// changes come in QQuickMouseArea's order. Before the window is shown, the
// mouse functions fail with "window not shown".
Item {
    id: root
    width: 300; height: 300

    ClickButton { id: ok; text: "OK"; x: 10; y: 10 }
    ClickButton { id: cancel; text: "Cancel"; x: 10; y: 50; z: 1 }
    ClickButton { id: off; text: "Off"; x: 120; y: 10; enabled: false }
    Rectangle {
        id: cover
        x: 0; y: 50; width: 100; height: 20; z: 2; visible: false
        MouseArea { anchors.fill: parent; onClicked: console.log("cover clicked") }
    }
    Rectangle {
        id: box
        x: 20; y: 100; width: 50; height: 50
        MouseArea {
            id: area
            anchors.fill: parent
            onPressed: (mouse) => console.log("pressed", mouse.x, mouse.y, mouse.button, mouse.buttons,
                                              mouse.modifiers, pressed, containsPress, mouseX, mouseY)
            onReleased: (mouse) => console.log("released", mouse.x, mouse.y, mouse.button, mouse.buttons,
                                               pressed, mouse.isClick, mouse.wasHeld)
            onClicked: (mouse) => console.log("clicked", mouse.x, mouse.y, mouse.button, pressed)
            onDoubleClicked: (mouse) => console.log("doubleClicked", mouse.x, mouse.y)
            onPressedChanged: console.log("pressedChanged", pressed)
            onContainsPressChanged: console.log("containsPressChanged", containsPress)
            onContainsMouseChanged: console.log("containsMouseChanged", containsMouse)
            onPressedButtonsChanged: console.log("pressedButtonsChanged", pressedButtons)
            onMouseXChanged: console.log("mouseX", mouseX)
            onMouseYChanged: console.log("mouseY", mouseY)
            onEntered: console.log("entered")
            onExited: console.log("exited")
        }
    }
    MouseArea {
        id: rightOnly
        x: 100; y: 100; width: 50; height: 50
        acceptedButtons: Qt.RightButton
        onClicked: (mouse) => console.log("right clicked", mouse.button)
    }
    MouseArea { id: under; x: 200; y: 0; width: 50; height: 50; onClicked: console.log("under clicked") }
    MouseArea { id: over; x: 200; y: 0; width: 50; height: 50; onClicked: console.log("over clicked") }
    MouseArea {
        id: refusing
        x: 200; y: 200; width: 50; height: 50
        onPressed: (mouse) => { console.log("refusing pressed"); mouse.accepted = false }
        onClicked: console.log("refusing clicked")
    }
    MouseArea {
        id: below
        x: 200; y: 200; width: 50; height: 50; z: -1
        onPressed: console.log("below pressed")
        onClicked: console.log("below clicked")
    }
    SignalSpy { id: spy; target: ok; signalName: "activated" }

    TestCase {
        name: "Early"
        function test_click_before_shown() { mouseClick(ok) }
        function test_press_before_shown() { mousePress(ok, 1, 1) }
    }

    TestCase {
        name: "MouseArea"
        when: windowShown

        function test_a_click() { mouseClick(box); console.log("--") }
        function test_b_click_at() { mouseClick(area, 5, 6) }
        function test_c_press_release() {
            mousePress(area, 1, 2)
            console.log("between", area.pressed)
            mouseRelease(area, 1, 2)
        }
        function test_d_release_elsewhere() { mousePress(area, 1, 1); mouseRelease(root, 290, 290) }
        function test_e_double() { mouseDoubleClickSequence(area) }
        function test_f_buttons() { mouseClick(rightOnly, 1, 1, Qt.RightButton); mouseClick(rightOnly) }
        function test_g_overlap() { mouseClick(under) }
        function test_h_refused() { mouseClick(refusing) }
        function test_i_nothing_there() { mouseClick(root, 290, 290) }
        function test_j_component() {
            spy.clear()
            mouseClick(ok)
            mouseClick(ok, 1, 1)
            compare(ok.clickCount, 2)
            compare(spy.count, 2)
            compare(spy.signalArguments[0][0], "OK")
        }
        function test_k_pressed_binding() {
            mousePress(ok)
            compare(ok.color, "#808080")
            mouseRelease(ok)
            compare(ok.color, "#ffffff")
        }
        function test_l_disabled() { mouseClick(off); compare(off.clickCount, 0) }
        function test_m_z_order() { mouseClick(cancel, 40, 5); compare(cancel.clickCount, 1) }
        function test_n_covered() {
            cover.visible = true
            mouseClick(cancel, 40, 5)
            compare(cancel.clickCount, 1)
            mouseClick(cancel, 40, 25)
            compare(cancel.clickCount, 2)
        }
    }
}
