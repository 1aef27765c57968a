import QtQuick
import QtTest

// A TestCase root is invisible: its MouseArea gets no press, but an item in
// it declared with focus: true has the active focus and gets key events.

TestCase {
    id: tc
    name: "RootCase"
    when: windowShown
    width: 100; height: 100
    MouseArea { id: ma; anchors.fill: parent; onClicked: console.log("clicked") }
    Item { id: ed; focus: true; Keys.onPressed: console.log("key") }
    function test_a() { mouseClick(ma); keyClick(Qt.Key_A); console.log(ed.activeFocus) }
}
