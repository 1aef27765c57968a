import QtQuick
import QtTest

// Two sibling TestCase objects under a plain Item root.
Item {
    TestCase {
        name: "First"
        function test_a() { console.log("First test_a") }
        function test_b() { verify(false, "First fails") }
    }

    TestCase {
        name: "Second"
        function test_a() { console.log("Second test_a") }
    }

    Component.onCompleted: console.log("root completed")
}
