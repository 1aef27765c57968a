// TestCases with the same name, a name with a space and "::", one with only an objectName.
import QtQuick
import QtTest

Item {
    id: root
    property string suffix: "A"
    TestCase { name: "Same"; function test_x() { console.log("first same") } }
    TestCase { name: "Same"; function test_x() { fail("second same") } }
    TestCase { name: "With Space::Colons"; function test_y() { compare(1, 2) } }
    TestCase { objectName: "onlyObjectName"; function test_w() { skip("w") } }
}
