import QtQuick
import QtTest

Item {
    id: root

    Item {
        objectName: "level1"
        Item {
            objectName: "level2"
            QtObject {
                id: deep
                objectName: "deepObject"
            }
        }
    }

    Rectangle {
        objectName: "rect"
        width: 10
    }

    TestCase {
        name: "FindChildItems"

        function test_visual_children() {
            var l1 = findChild(root, "level1")
            verify(l1)
            compare(l1.objectName, "level1")
            var l2 = findChild(root, "level2")
            compare(l2.parent, l1)
            compare(findChild(root, "rect").width, 10)
        }

        function test_non_visual_grandchild() {
            compare(findChild(root, "deepObject"), deep)
        }

        function test_not_found() {
            verify(!findChild(root, "nothing"))
        }
    }
}
