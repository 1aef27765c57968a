import QtQuick
import QtTest

// keyPress/keyRelease/keyClick/keySequence reach the first item declared
// with focus: true (it gets the active focus when the window is shown)
// through its Keys handlers: a special key's handler first (the event then
// starts accepted), onPressed when it was not accepted, then the parents
// until one accepts. Modifier keys are pressed before and released after
// the key; a key's text is QTest's (letters in lower case). Before the
// window is shown the key functions fail with "window not shown".
Item {
    id: root
    width: 100; height: 100
    Keys.onPressed: (event) => console.log("root got", event.key, event.text)
    Item {
        id: outer
        Keys.onPressed: (event) => {
            console.log("outer got", event.key)
            if (event.key === Qt.Key_X)
                event.accepted = true
        }
        Keys.onDigit5Pressed: console.log("digit5 outer")
        Item {
            id: editor
            focus: true
            property string typed: ""
            onActiveFocusChanged: console.log("activeFocus", activeFocus)
            Keys.onPressed: (event) => {
                console.log("pressed", event.key, event.text, event.modifiers, event.isAutoRepeat,
                            event.count, event.accepted)
                typed += event.text
                if (event.key === Qt.Key_Y)
                    event.accepted = true
            }
            Keys.onReleased: (event) => console.log("released", event.key, event.text)
            Keys.onReturnPressed: console.log("return")
            Keys.onLeftPressed: (event) => { console.log("left"); event.accepted = false }
            Keys.onEscapePressed: (event) => console.log("escape", event.accepted)
        }
        Item {
            id: second
            focus: true
            Keys.onPressed: (event) => console.log("second got", event.key)
        }
    }

    TestCase {
        name: "Early"
        function test_before_shown() { console.log("early", editor.activeFocus); keyClick(Qt.Key_A) }
    }

    TestCase {
        name: "Keys"
        when: windowShown

        function test_a_text() {
            console.log(editor.activeFocus, second.activeFocus)
            editor.typed = ""
            keyClick(Qt.Key_A)
            keyClick("b")
            keyClick("C")
            compare(editor.typed, "abC")
        }
        function test_b_special() {
            keyPress(Qt.Key_Return)
            keyRelease(Qt.Key_Return)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Escape)
            keyClick("5")
            keyClick(Qt.Key_Tab)
        }
        function test_c_propagation() { keyClick(Qt.Key_X); keyClick(Qt.Key_Y); keyClick(Qt.Key_Z) }
        function test_d_modifiers() {
            keyClick(Qt.Key_A, Qt.ShiftModifier)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyPress(Qt.Key_Shift)
            keyPress(Qt.Key_B, Qt.ShiftModifier)
            keyRelease(Qt.Key_B, Qt.ShiftModifier)
            keyRelease(Qt.Key_Shift)
        }
        function test_e_sequence() { keySequence("ctrl+z"); keySequence("Ctrl+X, Shift+Alt+Y"); keySequence("Return") }
        function test_f_other_keys() {
            keyClick(",")
            keyClick(Qt.Key_Comma)
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_1)
            keyClick(Qt.Key_F1)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Delete)
        }
        function test_g_events_processed() {
            Qt.callLater(function () { console.log("later") })
            keyClick(Qt.Key_Q)
            console.log("after key")
        }
    }
}
