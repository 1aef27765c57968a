import QtQuick
import QtTest

// mouseDrag on a MouseArea with drag.target: the move past drag.threshold
// starts the drag there, later moves make it active and move the target
// (along drag.axis, within its bounds); every point is taken in the item's
// coordinates at the time, so a dragged item drifts. A drag is no click.
Item {
    id: root
    width: 400; height: 400
    Rectangle {
        id: handle
        x: 100; y: 100; width: 40; height: 40
        MouseArea {
            id: area
            anchors.fill: parent
            drag.target: handle
            onPressed: console.log("pressed")
            onPositionChanged: console.log("position", handle.x, handle.y, drag.active)
            onReleased: (mouse) => console.log("released", handle.x, handle.y, drag.active, mouse.isClick)
            onClicked: console.log("clicked")
        }
    }
    Rectangle {
        id: slider
        x: 50; y: 300; width: 20; height: 20
        MouseArea {
            id: sliderArea
            anchors.fill: parent
            drag.target: slider
            drag.axis: Drag.XAxis
            drag.minimumX: 0
            drag.maximumX: 120
        }
    }
    TestCase {
        name: "MouseDrag"
        when: windowShown
        function test_a_drag() { mouseDrag(handle, 5, 5, 50, 30); console.log(handle.x, handle.y) }
        function test_b_small() { handle.x = 100; handle.y = 100; mouseDrag(area, 5, 5, 5, 5); console.log(handle.x, handle.y) }
        function test_c_backwards() { handle.x = 100; handle.y = 100; mouseDrag(area, 20, 20, -60, -40); console.log(handle.x, handle.y) }
        function test_d_axis_bounds() {
            mouseDrag(slider, 10, 10, 200, 50)
            console.log(slider.x, slider.y)
            mouseDrag(slider, 10, 10, -300, 0)
            console.log(slider.x, slider.y)
        }
    }
}
