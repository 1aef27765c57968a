// findChild order: visual children (the children property) before QObject children, and at
// each level the direct children before their descendants; an empty name, null parents.
import QtQuick
import QtTest

Item {
    id: root
    QtObject { objectName: "dup"; property string tag: "qobject-top" }
    Item {
        objectName: "box"
        Item { objectName: "deep"; Item { objectName: "dup"; property string tag: "visual-deep" } }
    }
    Item { objectName: "dup"; property string tag: "visual-second" }
    Timer { objectName: "timer" ; property QtObject inner: QtObject { objectName: "innerObj" } }
    TestCase {
        name: "Find2"
        function test_order() {
            console.log(findChild(root, "dup").tag)
            console.log(findChild(root, "deep") !== null, findChild(root, "timer") !== null, findChild(root, "innerObj"))
            var box = findChild(root, "box")
            console.log(findChild(box, "dup").tag)
            console.log(findChild(root, ""))
            console.log(findChild(null, "x"), findChild(undefined, "x"))
        }
    }
}
