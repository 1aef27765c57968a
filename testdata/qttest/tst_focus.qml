import QtQuick
import QtTest

// The window's focus: the first focus: true item has the active focus once
// the window is shown; forceActiveFocus() and focus = true move the focus
// and the active focus (the previous item loses both first), and key events
// follow them.
Item {
    id: root
    Item {
        id: first
        focus: true
        Keys.onPressed: console.log("first got")
        onActiveFocusChanged: console.log("first active", activeFocus)
        onFocusChanged: console.log("first focus", focus)
    }
    Item {
        id: second
        Keys.onPressed: console.log("second got")
        onActiveFocusChanged: console.log("second active", activeFocus)
        onFocusChanged: console.log("second focus", focus)
    }
    Item {
        id: box
        Item {
            id: nested
            Keys.onPressed: console.log("nested got")
            onActiveFocusChanged: console.log("nested active", activeFocus)
        }
    }
    TestCase {
        name: "Focus"
        when: windowShown
        function test_a_force() {
            keyClick(Qt.Key_A)
            second.forceActiveFocus()
            console.log(first.focus, first.activeFocus, second.focus, second.activeFocus)
            keyClick(Qt.Key_A)
        }
        function test_b_nested() {
            nested.forceActiveFocus()
            console.log(second.focus, second.activeFocus, nested.focus, nested.activeFocus, box.focus, box.activeFocus)
            keyClick(Qt.Key_A)
        }
        function test_c_assign() {
            first.focus = true
            console.log(first.activeFocus, nested.activeFocus)
            keyClick(Qt.Key_A)
        }
        function test_d_force_again() { first.forceActiveFocus(); console.log(first.focus, first.activeFocus) }
    }
}
