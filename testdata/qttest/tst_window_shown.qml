import QtQuick
import QtTest

// TestCases run while the document completes, before qmltestrunner shows its
// window: windowShown is false then and becomes true just after, so a
// TestCase with `when: windowShown` runs after the others even when
// declared last. TestCase (like SignalSpy) is an invisible Item.
Item {
    id: root
    Item { id: child; width: 10 }
    Rectangle { id: r; width: 5; height: 5 }
    TestCase {
        name: "Shown"
        when: windowShown
        function test_b() { console.log(root.visible, tc.visible, child.visible, r.visible, windowShown, root.width, root.height) }
    }
    TestCase {
        id: tc
        name: "NotShown"
        SignalSpy { id: spy }
        Item { id: inner; objectName: "inner" }
        function test_a() {
            console.log(root.visible, tc.visible, child.visible, r.visible, windowShown, root.width, root.height, tc.parent === root)
            console.log(tc.width, tc.height, tc.x, tc.y, tc.z, tc.opacity, tc.enabled, tc.children.length, spy.visible, spy.width, inner.visible, inner.parent === tc)
            console.log(completed, running, optional, when)
        }
    }
}
