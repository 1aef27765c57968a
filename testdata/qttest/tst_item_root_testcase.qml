import QtQml
import QtTest

// A TestCase root is an Item (TestCase.qml): geometry, parent, children.
TestCase {
    id: tc
    name: "ItemProps"
    QtObject { id: q; objectName: "q" }
    Timer { id: t; objectName: "t" }
    SignalSpy { id: spy; objectName: "spy" }
    function test_props() {
        console.log(tc.width, tc.height, tc.x, tc.visible, tc.enabled, tc.parent, tc.opacity)
        console.log(tc.children.length, spy.width, spy.visible, spy.parent === tc)
        console.log(tc.windowShown, tc.completed, tc.running, tc.optional, tc.when)
        console.log(findChild(tc, "spy") === spy, findChild(tc, "t") === t, findChild(tc, "q") === q)
        tc.width = 20
        compare(tc.width, 20)
    }
}
