import QtQuick
import QtTest

// A MouseArea's drag group (drag.target, drag.axis, ...) loads; clicking
// such an area without moving is a plain click.
Item {
    id: root
    width: 300; height: 300
    Rectangle {
        id: handle
        x: 100; y: 100; width: 40; height: 40
        MouseArea {
            id: area
            anchors.fill: parent
            drag.target: handle
            drag.axis: Drag.XAxis
            drag.minimumX: 0
            drag.maximumX: 200
            onClicked: console.log("clicked", handle.x, handle.y, drag.active)
        }
    }
    TestCase {
        name: "DragTarget"
        when: windowShown
        function test_group() {
            compare(area.drag.target, handle)
            compare(area.drag.axis, Drag.XAxis)
            compare(area.drag.maximumX, 200)
            verify(!area.drag.active)
        }
        function test_click() { mouseClick(area); compare(handle.x, 100) }
    }
}
