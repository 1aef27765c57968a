import QtQuick
import QtTest

// An Item root: TestCase.qml is numbered first, then the root; an object
// property's objects come before the default children.
Item {
    id: root
    property QtObject o: QtObject {
        id: a
        objectName: "a"
        property int v: 1
        property QtObject p: QtObject {
            objectName: "p"
            property int v: 2
            property QtObject pp: QtObject { objectName: "pp"; property int v: 2 }
        }
        property QtObject q: QtObject { objectName: "q"; property int v: 2 }
    }
    property int zz: 4
    Item { id: it; objectName: "it"; property int v: 1 }
    TestCase {
        id: tc
        name: "TypeNamesItem"
        function test_names() {
            console.log(String(root), String(tc), String(a), String(a.p), String(a.q), String(a.p.pp), String(it))
        }
    }
}
