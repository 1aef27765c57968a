import QtQuick
import QtTest

// Keys.forwardTo: the listed items' Keys get a key event first, in order;
// one accepting it ends the delivery, otherwise the item's own handlers and
// its parents follow. Keys.enabled false skips an item's handlers.

Item {
    id: root
    Keys.onPressed: (e) => console.log("root got", e.key)
    Item { id: t1; Keys.onPressed: (e) => console.log("t1 got", e.key); Keys.onReleased: (e) => console.log("t1 released", e.key) }
    Item { id: t2; Keys.onPressed: (e) => { console.log("t2 got", e.key); if (e.key === Qt.Key_B) e.accepted = true } }
    Item { id: t3 }
    Item {
        id: ed; focus: true
        Keys.forwardTo: [t1, t2, t3]
        Keys.onPressed: (e) => console.log("ed got", e.key)
        Keys.onReturnPressed: console.log("ed return")
    }
    TestCase {
        name: "Fwd"
        when: windowShown
        function test_a() { keyClick(Qt.Key_A) }
        function test_b() { keyClick(Qt.Key_B) }
        function test_c() { keyClick(Qt.Key_Return) }
        function test_d_disabled() { ed.Keys.enabled = false; keyClick(Qt.Key_C) }
    }
}
