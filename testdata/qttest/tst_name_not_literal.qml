// qmltestrunner collects the TestCases of a file first: a name that is not a string literal
// is a compile() failure at the binding (nothing of the document runs).
import QtQuick
import QtTest

Item {
    id: root
    property string suffix: "A"
    Component.onCompleted: console.log("never printed")
    TestCase { name: 'single' ; function test_x() {} }
    TestCase { name: "esc\"aped"; function test_y() {} }
    Item {
        TestCase { name: "Bound" + root.suffix; function test_z() {} }
    }
}
