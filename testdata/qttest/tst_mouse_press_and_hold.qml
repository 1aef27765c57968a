import QtQuick
import QtTest

// A press held for pressAndHoldInterval on a MouseArea with a pressAndHold
// handler is a long press: pressAndHold (wasHeld true), then the release
// with wasHeld true and no click. Without a handler it stays a click.

Item {
    id: root
    width: 200; height: 200
    MouseArea {
        id: area; width: 50; height: 50
        onPressAndHold: (m) => console.log("pressAndHold", m.x, m.y, m.wasHeld, pressed)
        onReleased: (m) => console.log("released", m.wasHeld, m.isClick)
        onClicked: console.log("clicked")
    }
    MouseArea {
        id: quick; x: 100; width: 50; height: 50; pressAndHoldInterval: 100
        onPressAndHold: console.log("quick hold")
        onClicked: console.log("quick clicked")
    }
    MouseArea {
        id: nohandler; x: 100; y: 100; width: 50; height: 50; pressAndHoldInterval: 100
        onReleased: (m) => console.log("nohandler released", m.wasHeld)
        onClicked: console.log("nohandler clicked")
    }
    TestCase {
        name: "Hold"
        when: windowShown
        function test_a() { mousePress(area); wait(1000); mouseRelease(area) }
        function test_b() { mousePress(area); wait(300); mouseRelease(area) }
        function test_c() { mousePress(quick); wait(200); console.log("waited"); mouseRelease(quick) }
        function test_d() { mousePress(nohandler); wait(200); mouseRelease(nohandler) }
    }
}
