// Qt.createComponent in tests: a file component, a broken one (errorString, createObject on
// it: QWARN "QQmlComponent: Component is not ready"), a missing file, incubateObject.
import QtQuick
import QtTest

Item {
    id: root
    TestCase {
        name: "Comp2"
        function test_create() {
            var c = Qt.createComponent("Counter.qml")
            compare(c.status, Component.Ready)
            var o = c.createObject(root, {value: 3})
            compare(o.value, 3)
            o.destroy()
        }
        function test_broken() {
            var c = Qt.createComponent("Broken.qml")
            compare(c.status, Component.Error)
            console.log(c.errorString())
            compare(c.createObject(root), null)
        }
        function test_missing() {
            var c = Qt.createComponent("Missing.qml")
            compare(c.status, Component.Ready, "missing file")
        }
        function test_incubate() {
            var c = Qt.createComponent("Counter.qml")
            var inc = c.incubateObject(root, {value: 9})
            verify(inc)
            tryCompare(inc, "status", Component.Ready)
            compare(inc.object.value, 9)
        }
    }
}
