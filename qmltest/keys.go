package qmltest

import (
	"strings"

	"github.com/dop251/goja"
	"github.com/qmlrun/qmlrun/quick"
	"github.com/qmlrun/qmlrun/runtime"
)

// Key events go, as QTest sends them to qmltestrunner's window, to the item
// with the active focus (quick.FocusItem) and through its Keys attached
// object, up the parent chain until one accepts the event, as
// QQuickKeysAttached does.

// Qt's keyboard modifiers and the keys QTest presses for them, in order.
var modifierKeys = []struct{ mod, key int64 }{
	{0x02000000, 0x01000020}, // Shift
	{0x04000000, 0x01000021}, // Control
	{0x08000000, 0x01000023}, // Alt
	{0x10000000, 0x01000022}, // Meta
}

// keySignalNames are the Keys signals of special keys, by key code.
var keySignalNames = map[int64]string{
	0x01000004: "returnPressed", 0x01000005: "enterPressed", 0x01000000: "escapePressed",
	0x20: "spacePressed", 0x01000001: "tabPressed", 0x01000002: "backtabPressed",
	0x01000013: "upPressed", 0x01000015: "downPressed", 0x01000012: "leftPressed",
	0x01000014: "rightPressed", 0x01000007: "deletePressed", 0x01000061: "backPressed",
	0x01020001: "cancelPressed", 0x01010000: "selectPressed", 0x01010001: "yesPressed",
	0x01010002: "noPressed", 0x01100000: "context1Pressed", 0x01100001: "context2Pressed",
	0x01100002: "context3Pressed", 0x01100003: "context4Pressed", 0x01100004: "callPressed",
	0x01100005: "hangupPressed", 0x01100006: "flipPressed", 0x01000055: "menuPressed",
	0x01000072: "volumeUpPressed", 0x01000070: "volumeDownPressed", 0x2a: "asteriskPressed",
	0x23: "numberSignPressed",
}

// keyText is the text QTest gives a key event (QTest::keyToAscii): letters
// in lower case, printable ASCII as itself, a few control characters,
// nothing for other keys.
func keyText(key int64) string {
	switch {
	case key >= 'A' && key <= 'Z':
		return string(rune(key + 'a' - 'A'))
	case key >= 0x20 && key < 0x7f:
		return string(rune(key))
	}
	switch key {
	case 0x01000004, 0x01000005: // Return, Enter
		return "\r"
	case 0x01000001: // Tab
		return "\t"
	case 0x01000003: // Backspace
		return "\b"
	case 0x01000000: // Escape
		return "\x1b"
	}
	return ""
}

// keyArgs reads a key function's key (a key code, or a one-character
// string standing for its key and text) and modifiers.
func keyArgs(c goja.FunctionCall) (key int64, text string, mods int64) {
	k := c.Argument(0)
	if s, ok := k.Export().(string); ok && len([]rune(s)) == 1 {
		text = s
		key = int64(strings.ToUpper(s)[0])
	} else {
		key = k.ToInteger()
		text = keyText(key)
	}
	if m := c.Argument(1); !goja.IsUndefined(m) {
		mods = m.ToInteger()
	}
	return key, text, mods
}

// sendKey delivers one key press or release to the focus item and up its
// parents until one accepts it, then processes pending events.
func (r *runner) sendKey(press bool, key int64, text string, mods int64) {
	for target := quick.FocusItem(r.e); target != nil; {
		if r.keyToItem(target, press, key, text, mods) {
			break
		}
		p := r.e.ObjectOf(valueOrUndefined(target.Property("parent")))
		if p == nil || p.Property("anchors") == nil {
			break
		}
		target = p
	}
	r.e.ProcessEvents(0)
}

// keyToItem is QQuickKeysAttached's keyPressed/keyReleased: the special
// key's signal first when connected (the event then starts accepted), then
// pressed unless accepted; it reports whether the event was accepted.
func (r *runner) keyToItem(item *runtime.Object, press bool, key int64, text string, mods int64) bool {
	keys := r.e.ObjectOf(valueOrUndefined(item.Property("Keys")))
	if keys == nil || !keys.Property("enabled").ToBoolean() {
		return false
	}
	// A modifier key's event has the modifiers after it (QKeyEvent).
	for _, m := range modifierKeys {
		if key == m.key && press {
			mods |= m.mod
		} else if key == m.key {
			mods &^= m.mod
		}
	}
	// Keys.forwardTo: the listed items get the event first; one that
	// accepts it ends the delivery.
	for _, f := range keys.ListItems("forwardTo") {
		if f != nil && f != item && f.Property("anchors") != nil && r.keyToItem(f, press, key, text, mods) {
			return true
		}
	}
	ev := r.e.Runtime().NewObject()
	for k, v := range map[string]any{"key": key, "text": text, "modifiers": mods,
		"isAutoRepeat": false, "count": 32767, "nativeScanCode": 0, "accepted": false} {
		_ = ev.Set(k, v)
	}
	if !press {
		keys.Emit("released", ev)
		return ev.Get("accepted").ToBoolean()
	}
	if sig, ok := keySignalNames[key]; ok && keys.Connected(sig) {
		_ = ev.Set("accepted", true)
		keys.Emit(sig, ev)
	} else if key >= '0' && key <= '9' && keys.Connected("digit"+string(rune(key))+"Pressed") {
		_ = ev.Set("accepted", true)
		keys.Emit("digit"+string(rune(key))+"Pressed", ev)
	}
	if !ev.Get("accepted").ToBoolean() {
		keys.Emit("pressed", ev)
	}
	return ev.Get("accepted").ToBoolean()
}

// keyEvents sends what keyPress/keyRelease/keyClick send: the modifiers'
// keys pressed first and released last.
func (r *runner) keyEvents(c goja.FunctionCall, press, release bool) {
	key, text, mods := keyArgs(c)
	if press {
		held := int64(0)
		for _, m := range modifierKeys {
			if mods&m.mod != 0 {
				held |= m.mod
				r.sendKey(true, m.key, "", held)
			}
		}
		r.sendKey(true, key, text, mods)
	}
	if release {
		r.sendKey(false, key, text, mods)
		held := mods
		for i := len(modifierKeys) - 1; i >= 0; i-- {
			if m := modifierKeys[i]; mods&m.mod != 0 {
				r.sendKey(false, m.key, "", held)
				held &^= m.mod
			}
		}
	}
}

// namedKeys are key names QKeySequence reads, in lower case.
var namedKeys = map[string]int64{
	"return": 0x01000004, "enter": 0x01000005, "esc": 0x01000000, "escape": 0x01000000,
	"tab": 0x01000001, "space": 0x20, "backspace": 0x01000003, "del": 0x01000007,
	"delete": 0x01000007, "ins": 0x01000006, "insert": 0x01000006, "home": 0x01000010,
	"end": 0x01000011, "left": 0x01000012, "up": 0x01000013, "right": 0x01000014,
	"down": 0x01000015, "pgup": 0x01000016, "pgdown": 0x01000017,
}

// keySequence is TestCase.keySequence for a text sequence ("ctrl+z",
// "Ctrl+X, Ctrl+V"): each combination is clicked with its modifiers.
func (r *runner) keySequence(seq goja.Value) {
	s, ok := seq.Export().(string)
	if !ok {
		return
	}
	mods := map[string]int64{"shift": 0x02000000, "ctrl": 0x04000000, "alt": 0x08000000, "meta": 0x10000000}
	for _, combo := range strings.Split(s, ",") {
		parts := strings.Split(strings.TrimSpace(combo), "+")
		var mod, key int64
		for i, p := range parts {
			lp := strings.ToLower(strings.TrimSpace(p))
			if m, ok := mods[lp]; ok && i < len(parts)-1 {
				mod |= m
				continue
			}
			if k, ok := namedKeys[lp]; ok {
				key = k
			} else if rs := []rune(strings.TrimSpace(p)); len(rs) == 1 {
				key = int64(strings.ToUpper(string(rs))[0])
			}
		}
		if key == 0 {
			continue
		}
		vm := r.e.Runtime()
		c := goja.FunctionCall{Arguments: []goja.Value{vm.ToValue(key), vm.ToValue(mod)}}
		r.keyEvents(c, true, true)
	}
}
