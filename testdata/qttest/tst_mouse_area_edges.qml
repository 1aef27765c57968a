import QtQuick

import QtTest

// Where mouse presses reach: MouseAreas outside the window or partly left of
// it, none outside a clipping parent, none hidden or disabled; opacity 0
// does not stop them.

Item {
    id: root
    width: 200; height: 200
    MouseArea { id: far; x: 500; y: 10; width: 50; height: 50; onClicked: console.log("far clicked") }
    MouseArea { id: neg; x: -30; y: 10; width: 50; height: 50; onClicked: (m) => console.log("neg clicked", m.x) }
    Item {
        id: clipper; x: 100; y: 100; width: 20; height: 20; clip: true
        MouseArea { id: inner; x: 0; y: 0; width: 60; height: 60; onClicked: (m) => console.log("inner clicked", m.x) }
    }
    MouseArea { id: hidden; x: 0; y: 150; width: 50; height: 50; visible: false; onClicked: console.log("hidden clicked") }
    MouseArea { id: disabled; x: 60; y: 150; width: 50; height: 50; enabled: false; onClicked: console.log("disabled clicked") }
    TestCase {
        name: "Edges"
        when: windowShown
        function test_far() { mouseClick(far) }
        function test_neg() { mouseClick(neg, 5, 5); mouseClick(neg, 40, 5) }
        function test_clip() { mouseClick(inner, 5, 5); mouseClick(inner, 40, 40) }
        function test_hidden() { mouseClick(hidden); mouseClick(disabled) }
        function test_opacity() { inner.opacity = 0; mouseClick(inner, 5, 5) }
    }
}
