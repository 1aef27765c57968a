// createTemporaryQmlObject: a created object found by findChild, argument errors, a caught
// creation error (qmlErrors).
import QtQuick
import QtTest

Item {
    id: root
    TestCase {
        name: "Cqo"
        function test_ok() {
            var o = createTemporaryQmlObject("import QtQuick; Rectangle { width: 5; objectName: 'r' }", root)
            compare(o.width, 5)
            compare(findChild(root, "r"), o)
        }
        function test_no_parent() { createTemporaryQmlObject("import QtQuick; Item {}", null) }
        function test_not_string() { createTemporaryQmlObject(5, root) }
        function test_bad_path() { createTemporaryQmlObject("import QtQuick; Item {}", root, 7) }
        function test_catch() {
            try { createTemporaryQmlObject("import QtQuick; Item { x: }", root) } catch (e) { console.log("caught", e.qmlErrors.length, e.qmlErrors[0].message, e.qmlErrors[0].lineNumber) }
        }
    }
}
