import QtQuick
import QtTest

// Each TestCase runs at its own Component.onCompleted turn, which comes after
// the handlers of the objects declared inside it and before its own
// document handler; other objects' handlers run in between.
Item {
    TestCase { name: "A"; function test_a() {} Component.onCompleted: console.log("A user") }
    Item { Component.onCompleted: console.log("mid") }
    TestCase {
        name: "B"
        function test_b() {}
        Item { Component.onCompleted: console.log("B child") }
    }
    Component.onCompleted: console.log("root")
}
